using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KetamineInfo.Browser.Tests.Support;

/// <summary>
/// The real app on a loopback port, serving the repository's real content/ in Production, and one headless
/// Debian Chromium driven by Playwright. Shared by every browser test.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime, IDisposable
{
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly RealContentSite _site = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The running app's services, to look at what it stored (reader feedback).</summary>
    public IServiceProvider Services => _site.Services;

    /// <summary>Screenshots for people to look at: test output, not committed.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Full-page screenshots of every page at both widths, only when asked for with SCREENSHOTS=1.</summary>
    public static bool TakeScreenshots { get; } = Environment.GetEnvironmentVariable("SCREENSHOTS") == "1";

    public async Task InitializeAsync()
    {
        _site.UseKestrel(0);
        _site.StartServer();
        await _site.Services.GetRequiredService<KetamineInfo.Web.Search.SearchService>().Ready;
        BaseAddress = _site.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumFlags,
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await _site.DisposeAsync();
    }

    public void Dispose() => _site.Dispose();

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, ColorScheme scheme = ColorScheme.Light, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }

    private sealed class RealContentSite : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Content:Path", Repository.ContentPath);
            builder.UseSetting("Feedback:Path", Path.Combine(Path.GetTempPath(), "ki-browser-feedback-" + Guid.NewGuid().ToString("N"), "feedback.db"));
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedDateClock()));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}

/// <summary>
/// The accessibility sweep (every page, both themes and widths: most of the browser tests' time) on a site and a
/// browser of its own, so xunit runs it beside the other browser tests and both cores work.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AccessibilityBrowser : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser-accessibility";
}
