using System.Xml.Linq;
using AngleSharp.Html.Parser;
using KetamineInfo.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace KetamineInfo.Web.Tests.Export;

/// <summary>The real <c>export</c> command into a temp folder, compared with the live site.</summary>
public sealed class ExportTests : IClassFixture<ExportTests.ExportedSite>
{
    private const string BaseUrl = "https://ketamine.example.org";
    private readonly ExportedSite _export;

    public ExportTests(ExportedSite export) => _export = export;

    [Fact]
    public void Export_SucceedsWithASummary()
    {
        Assert.Equal(0, _export.Exit);
        Assert.Matches(@"exported \d+ pages and \d+ files", _export.Output);
    }

    [Fact]
    public void EveryUrlInTheSitemap_ExistsAsAFile()
    {
        var sitemap = XDocument.Load(_export.PathOf("sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var paths = sitemap.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.True(File.Exists(_export.FileForUrl(path)), $"{path} was not exported"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/first-article")]
    [InlineData("/articles/second-article")]
    [InlineData("/glossary")]
    [InlineData("/about")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feed.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/search")] // one search page: the live one, which also searches in the browser when no server answers
    [InlineData("/search-index.json")]
    public async Task ExportedBody_IsByteForByteTheLiveResponse(string path)
    {
        using var live = new LiveSite();
        var liveBytes = await live.CreateClient().GetByteArrayAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(liveBytes, await File.ReadAllBytesAsync(_export.FileForUrl(path)));
    }

    [Fact]
    public void EveryPageInTheSitemap_HasItsCompressedCopiesFromThePageCache_NotFromTwoMoreRequests()
    {
        var sitemapPages = XDocument.Load(_export.PathOf("sitemap.xml")).Descendants().Count(e => e.Name.LocalName == "loc");
        var fromCache = int.Parse(System.Text.RegularExpressions.Regex.Match(_export.Output, @"those of (\d+) pages taken from the page cache").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(fromCache, sitemapPages, int.MaxValue);
    }

    [Theory]
    [InlineData("/articles/first-article", "br")]
    [InlineData("/glossary", "gzip")]
    public async Task CompressedCopies_AreTheLiveSitesOwnBytes(string path, string encoding)
    {
        using var live = new LiveSite();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue(encoding));
        using var response = await live.CreateClient().SendAsync(request);

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal(await response.Content.ReadAsByteArrayAsync(), await File.ReadAllBytesAsync(_export.FileForUrl(path) + (encoding == "br" ? ".br" : ".gz")));
    }

    [Fact]
    public async Task CrawlFromHome_FindsNoBrokenLinkOrMissingAsset()
    {
        var parser = new HtmlParser();
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        while (queue.Count > 0)
        {
            var url = queue.Dequeue();
            var file = _export.FileForUrl(url);
            Assert.True(File.Exists(file), $"broken link or missing asset: {url}");
            if (!file.EndsWith(".html", StringComparison.Ordinal))
            {
                continue;
            }

            var page = await parser.ParseDocumentAsync(await File.ReadAllTextAsync(file), CancellationToken.None);
            var links = page.QuerySelectorAll("a[href], link[href], script[src], img[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
                .Select(href => href.Split('#', '?')[0]);
            foreach (var link in links.Where(seen.Add))
            {
                queue.Enqueue(link);
            }
        }

        Assert.Contains("/articles/first-article", seen);
        Assert.Contains("/glossary", seen);
    }

    [Fact]
    public void Aliases_BecomeRedirectPagesAndRedirectRules()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(_export.FileForUrl("/articles/old-second")));

        Assert.Equal("0; url=/articles/second-article", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal($"{BaseUrl}/articles/second-article", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("/articles/old-second /articles/second-article 301", File.ReadAllLines(_export.PathOf("_redirects")));
    }

    [Fact]
    public void CompressibleFiles_HaveBrotliAndGzipCopies()
    {
        foreach (var file in new[] { "index.html", "articles/first-article/index.html", "sitemap.xml", "search-index.json" })
        {
            Assert.True(File.Exists(_export.PathOf(file + ".br")), file + ".br");
            Assert.True(File.Exists(_export.PathOf(file + ".gz")), file + ".gz");
        }
    }

    [Fact]
    public async Task StaticSearch_HasAnIndexAndAPageThatOffersTheArticlesToo()
    {
        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(_export.FileForUrl("/search")));
        using var index = System.Text.Json.JsonDocument.Parse(await File.ReadAllBytesAsync(_export.PathOf("search-index.json")));

        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/"); // without JavaScript, readers can still browse
        Assert.Equal("/search-index.json", page.QuerySelector("#static-search")!.GetAttribute("data-index"));
        Assert.Contains(index.RootElement.GetProperty("docs").EnumerateArray(), d => d.GetProperty("u").GetString() == "/articles/first-article");
        Assert.True(File.Exists(_export.PathOf("404.html")));
    }

    [Fact]
    public async Task ExportedArticle_HasNoFeedbackForm_ButKeepsTheWayToReportAMistake()
    {
        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(_export.FileForUrl("/articles/first-article")));

        Assert.Null(page.QuerySelector("form[data-feedback]"));
        Assert.Null(page.QuerySelector("#feedback"));
    }

    [Fact]
    public void Export_LeavesNoFeedbackDatabaseBehind() =>
        Assert.False(Directory.Exists(Path.GetDirectoryName(_export.FeedbackPath)), "the export created a feedback database");

    [Fact]
    public async Task Export_WithAFeedbackEndpoint_PostsThere()
    {
        var outDir = Path.Combine(Path.GetTempPath(), "ki-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, _) = await AppProcess.RunAsync(
                new Dictionary<string, string> { ["Content__Path"] = SiteFactory.FixtureContentPath, ["Site__BaseUrl"] = BaseUrl, ["Feedback__Endpoint"] = "https://live.example.org/feedback" }, "export", outDir);

            Assert.Equal(0, exit);
            var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(outDir, "articles", "first-article", "index.html")));
            Assert.Equal("https://live.example.org/feedback", page.QuerySelector("#feedback form")!.GetAttribute("action"));
        }
        finally
        {
            if (Directory.Exists(outDir))
            {
                Directory.Delete(outDir, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Export_WithAllowedHostsSet_AsInProduction_Succeeds()
    {
        // README tells production to set AllowedHosts; the export's own requests come to a loopback address.
        var outDir = Path.Combine(Path.GetTempPath(), "ki-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (exit, output) = await AppProcess.RunAsync(
                new Dictionary<string, string> { ["Content__Path"] = SiteFactory.FixtureContentPath, ["Site__BaseUrl"] = BaseUrl, ["AllowedHosts"] = "example.org" }, "export", outDir);

            Assert.True(exit == 0, output);
            Assert.True(File.Exists(Path.Combine(outDir, "articles", "first-article", "index.html")), output);
        }
        finally
        {
            if (Directory.Exists(outDir))
            {
                Directory.Delete(outDir, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Export_WithContentErrors_FailsAndWritesNothing()
    {
        using var content = new ContentCopy();
        content.Write("articles/first-article.md", content.Read("articles/first-article.md").Replace("[@NICE-TA]", "[@NOPE]", StringComparison.Ordinal));
        var outDir = Path.Combine(Path.GetTempPath(), "ki-export-" + Guid.NewGuid().ToString("N"));

        var (exit, output) = await AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = content.Root, ["Site__BaseUrl"] = BaseUrl }, "export", outDir);

        Assert.Equal(1, exit);
        Assert.Contains("error KI0103", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task Export_FileNameWithControlCharacters_IsEscapedInTheErrorListAndTheLog()
    {
        using var content = new ContentCopy();
        content.Write("articles/x\n\u001b[31mred.md", "---\ntitle: Forged\n---\n");
        var outDir = Path.Combine(Path.GetTempPath(), "ki-export-" + Guid.NewGuid().ToString("N"));

        // Development: the log is plain text there (JSON in Production escapes on its own).
        var (exit, output) = await AppProcess.RunAsync(
            new Dictionary<string, string> { ["Content__Path"] = content.Root, ["Site__BaseUrl"] = BaseUrl, ["DOTNET_ENVIRONMENT"] = "Development", ["ASPNETCORE_ENVIRONMENT"] = "Development" },
            "export",
            outDir);

        Assert.Equal(1, exit);
        Assert.Contains(@"content/articles/x\n\u001B[31mred.md:1:1: error KI0106", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task Export_WithoutABaseUrl_SaysWhatToSet()
    {
        var (exit, output) = await AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = SiteFactory.FixtureContentPath }, "export", Path.Combine(Path.GetTempPath(), "ki-never"));

        Assert.Equal(1, exit);
        Assert.Contains("Site:BaseUrl", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_RefusesToReplaceAFolderThatIsNotAnEarlierExport()
    {
        var outDir = Directory.CreateTempSubdirectory("ki-precious-").FullName;
        await File.WriteAllTextAsync(Path.Combine(outDir, "thesis.txt"), "years of work");

        var (exit, output) = await AppProcess.RunAsync(new Dictionary<string, string> { ["Content__Path"] = SiteFactory.FixtureContentPath, ["Site__BaseUrl"] = BaseUrl }, "export", outDir);

        Assert.Equal(1, exit);
        Assert.Contains("not an earlier export", output, StringComparison.Ordinal);
        Assert.Equal("years of work", await File.ReadAllTextAsync(Path.Combine(outDir, "thesis.txt")));
    }

    /// <summary>One export of the fixture content, shared by the tests that read it.</summary>
    public sealed class ExportedSite : IAsyncLifetime
    {
        public string Root { get; } = Path.Combine(Path.GetTempPath(), "ki-export-" + Guid.NewGuid().ToString("N"));

        public int Exit { get; private set; }

        public string Output { get; private set; } = string.Empty;

        public string PathOf(string relative) => Path.Combine(Root, relative);

        public string FileForUrl(string urlPath)
        {
            var path = urlPath.Trim('/');
            return PathOf(path.Length == 0 ? "index.html" : Path.HasExtension(path.Split('/')[^1]) ? path : $"{path}/index.html");
        }

        /// <summary>Where a feedback database would go: an export takes no feedback, so it must never appear.</summary>
        public string FeedbackPath { get; } = Path.Combine(Path.GetTempPath(), "ki-export-feedback-" + Guid.NewGuid().ToString("N"), "feedback.db");

        public async Task InitializeAsync() =>
            (Exit, Output) = await AppProcess.RunAsync(
                new Dictionary<string, string> { ["Content__Path"] = SiteFactory.FixtureContentPath, ["Site__BaseUrl"] = BaseUrl, ["Feedback__Path"] = FeedbackPath }, "export", Root);

        public Task DisposeAsync()
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }

            return Task.CompletedTask;
        }
    }

    private sealed class LiveSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:BaseUrl", BaseUrl);
            // A static copy has no server to take feedback (and no Feedback:Endpoint here), so the export runs
            // the site without the form; the live site it is compared with is set up the same way.
            builder.UseSetting("Feedback:Form", "false");
        }
    }
}
