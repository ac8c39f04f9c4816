using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace KetamineInfo.Content.Tests.Support;

/// <summary>
/// A real content folder whose reads can be made to fail, or to stop at a gate (as a FIFO or a stalled
/// network share would) until the test opens it. Counts loads: each one reads site.yml first.
/// </summary>
internal sealed class GatedFileProvider(string root) : IFileProvider, IDisposable
{
    private readonly PhysicalFileProvider _inner = new(root);
    private readonly ManualResetEventSlim _gate = new(initialState: true);
    private int _loads;

    /// <summary>Thrown by every read while set.</summary>
    public Exception? Fault { get; set; }

    /// <summary>Set when a load has reached the closed gate.</summary>
    public ManualResetEventSlim Waiting { get; } = new();

    public int Loads => Volatile.Read(ref _loads);

    public void Close() => _gate.Reset();

    public void Open() => _gate.Set();

    public IFileInfo GetFileInfo(string subpath)
    {
        if (Fault is { } fault)
        {
            throw fault;
        }

        if (subpath == "site.yml")
        {
            Interlocked.Increment(ref _loads);
            if (!_gate.IsSet)
            {
                Waiting.Set();
                _gate.Wait();
            }
        }

        return _inner.GetFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => _inner.GetDirectoryContents(subpath);

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public void Dispose()
    {
        _gate.Set();
        _gate.Dispose();
        Waiting.Dispose();
        _inner.Dispose();
    }
}
