using System.Diagnostics;
using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Tests.Support;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace KetamineInfo.Content.Tests;

/// <summary>
/// Only regular files are read. A FIFO or a link to a device named like an article costs a diagnostic,
/// promptly; a hang fails the test (after a generous wait) instead of hanging the suite.
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempContent _content = new();

    public SpecialFileTests() => _content.Article("fine", "A short page.");

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Fifo_NamedLikeAnArticle_IsReportedWithoutBeingOpened()
    {
        MakeFifo("articles/pipe.md");

        var snapshot = await Task.Run(() => _content.Load()).WaitAsync(Patience);

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.FileUnreadable.Id);
        Assert.Equal("content/articles/pipe.md", error.Path);
        Assert.Contains("named pipe (FIFO), not a regular file", error.Message, StringComparison.Ordinal);
        Assert.True(snapshot.ArticlesBySlug.ContainsKey("fine"));
    }

    [Fact]
    public async Task SymlinkToDevZero_NamedLikeAnArticle_IsReportedWithoutBeingRead()
    {
        File.CreateSymbolicLink(Path.Combine(_content.Root, "articles", "zero.md"), "/dev/zero");

        var snapshot = await Task.Run(() => _content.Load()).WaitAsync(Patience);

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.FileUnreadable.Id);
        Assert.Equal("content/articles/zero.md", error.Path);
        Assert.Contains("symbolic link to '/dev/zero', a device, not a regular file", error.Message, StringComparison.Ordinal);
        Assert.True(snapshot.ArticlesBySlug.ContainsKey("fine"));
    }

    [Fact]
    public async Task SymlinkToAFifo_IsReportedWithoutBeingOpened()
    {
        MakeFifo("pipe");
        File.Delete(Path.Combine(_content.Root, "site.yml"));
        File.CreateSymbolicLink(Path.Combine(_content.Root, "site.yml"), Path.Combine(_content.Root, "pipe"));

        var snapshot = await Task.Run(() => _content.Load()).WaitAsync(Patience);

        var error = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.FileUnreadable.Id);
        Assert.Equal("content/site.yml", error.Path);
        Assert.Contains("a named pipe (FIFO), not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SymlinkToARegularFile_IsRead()
    {
        var elsewhere = Path.Combine(_content.Root, "linked-source.txt");
        File.WriteAllText(elsewhere, $"---\n{TempContent.ValidFrontMatter("linked")}\n---\nLinked text.\n");
        File.CreateSymbolicLink(Path.Combine(_content.Root, "articles", "linked.md"), elsewhere);

        var snapshot = _content.Load();

        Assert.Contains("Linked text.", snapshot.ArticlesBySlug["linked"].Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoodArticleReplacedByAFifo_KeepsItsLastGoodVersion()
    {
        var first = _content.Load();
        File.Delete(Path.Combine(_content.Root, "articles", "fine.md"));
        MakeFifo("articles/fine.md");

        var second = await Task.Run(() => _content.Load(first)).WaitAsync(Patience);

        Assert.Contains("A short page.", second.ArticlesBySlug["fine"].Body.Html, StringComparison.Ordinal);
        Assert.Contains(second.Diagnostics, d => d.Code == DiagnosticCodes.StaleVersionServed.Id && d.Path == "content/articles/fine.md");
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(101, false)]
    public void FileOfTheLimit_IsRead_AndOneByteMore_IsNot(int bytes, bool read)
    {
        var text = "---\ntitle: x\n---\n";
        _content.Write("articles/edge.md", text + new string('a', bytes - text.Length));

        var snapshot = _content.Loader(new ContentLimits { MaxFileBytes = 100 }).Load();

        var tooLarge = snapshot.Diagnostics.Where(d => d.Path == "content/articles/edge.md" && d.Code == DiagnosticCodes.FileUnreadable.Id).ToList();
        Assert.Equal(read ? 0 : 1, tooLarge.Count);
        Assert.All(tooLarge, d => Assert.Contains("larger than 100 bytes", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void EndlessFile_ThatClaimsToBeEmpty_IsReadOnlyToOneByteOverTheLimit()
    {
        var endless = new EndlessFile();
        using var yaml = new PhysicalFileProvider(_content.Root);
        var provider = new OneArticleProvider(yaml, "articles/endless.md", endless);

        var snapshot = new ContentLoader(provider, new FixedDateClock(), "content", new ContentLimits { MaxFileBytes = 1000 }).Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Path == "content/articles/endless.md" && d.Message.Contains("larger than 1000 bytes", StringComparison.Ordinal));
        Assert.Equal(1001, endless.BytesRead);
    }

    private void MakeFifo(string relativePath)
    {
        using var mkfifo = Process.Start("mkfifo", Path.Combine(_content.Root, relativePath));
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Like /dev/zero behind a provider that is not on disk: reports length 0, never ends, counts what was read.</summary>
    private sealed class EndlessFile : IFileInfo
    {
        public long BytesRead { get; private set; }

        public bool Exists => true;

        public long Length => 0;

        public string? PhysicalPath => null;

        public string Name => "endless.md";

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new EndlessStream(this);

        private sealed class EndlessStream(EndlessFile owner) : Stream
        {
            public override bool CanRead => true;

            public override bool CanSeek => false;

            public override bool CanWrite => false;

            public override long Length => throw new NotSupportedException();

            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count)
            {
                Array.Fill(buffer, (byte)'a', offset, count);
                owner.BytesRead += count;
                return count;
            }

            public override void Flush()
            {
            }

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }

    /// <summary>The YAML files of a real folder, and one article that is not on disk.</summary>
    private sealed class OneArticleProvider(IFileProvider yaml, string path, IFileInfo file) : IFileProvider
    {
        public IDirectoryContents GetDirectoryContents(string subpath) =>
            subpath == Path.GetDirectoryName(path) ? new Contents([file]) : NotFoundDirectoryContents.Singleton;

        public IFileInfo GetFileInfo(string subpath) => subpath == path ? file : yaml.GetFileInfo(subpath);

        public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

        private sealed class Contents(IEnumerable<IFileInfo> files) : IDirectoryContents
        {
            public bool Exists => true;

            public IEnumerator<IFileInfo> GetEnumerator() => files.GetEnumerator();

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
