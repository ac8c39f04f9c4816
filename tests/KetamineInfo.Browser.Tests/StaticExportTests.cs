using KetamineInfo.Browser.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace KetamineInfo.Browser.Tests;

/// <summary>
/// The real content exported with the real command, served by a plain static file server (no app code),
/// and searched in Chromium: the static copy's search must find what readers type.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class StaticExportTests(BrowserSite site) : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ki-static-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _server;
    private string _origin = string.Empty;

    public async Task InitializeAsync()
    {
        var (exit, output) = await AppProcess.RunAsync(
            new Dictionary<string, string> { ["Content__Path"] = Repository.ContentPath, ["Site__BaseUrl"] = "https://ketamine.example.org" },
            "export", _root);
        Assert.True(exit == 0, output);

        // A plain static file server, as a CDN would be: /path → /path/index.html, nothing else.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.Use((context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (!Path.HasExtension(path))
            {
                context.Request.Path = path.EndsWith('/') ? path + "index.html" : path + "/index.html";
            }

            return next(context);
        });
        _server.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(_root), ServeUnknownFileTypes = false });
        await _server.StartAsync();
        _origin = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData("ketamin", "/articles/what-is-ketamine")]
    [InlineData("spravato", "/articles/what-is-ketamine")] // the server's search test accepts this one or the depression article
    [InlineData("bladder", "/articles/side-effects-and-risks")]
    public async Task StaticSearch_FindsTheArticleInTheBrowser(string query, string expected)
    {
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync($"{_origin}/search?q={Uri.EscapeDataString(query)}");

        var results = page.Locator("#static-search .search-results h2 a");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        var hrefs = await results.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains(expected, hrefs.Take(3));
        Assert.True(await page.Locator("#static-search mark").CountAsync() > 0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task StaticCopy_HomeAndArticleRender()
    {
        var page = await site.NewPageAsync(360, 800);
        await page.GotoAsync($"{_origin}/");
        await page.Locator(".article-list a").First.ClickAsync();

        Assert.StartsWith($"{_origin}/articles/", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#sources li").CountAsync() >= 5);
        await page.Context.CloseAsync();
    }
}
