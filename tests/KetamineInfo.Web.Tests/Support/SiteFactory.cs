using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KetamineInfo.Web.Tests.Support;

/// <summary>
/// The real app over the fixture content in TestContent/ (or another folder), in a chosen environment;
/// Production by default, as readers meet it.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    public SiteFactory()
        : this(FixtureContentPath, "Production")
    {
    }

    protected SiteFactory(string contentPath, string environment)
    {
        ContentPath = contentPath;
        Environment = environment;
    }

    public static string FixtureContentPath => Path.Combine(AppContext.BaseDirectory, "TestContent");

    public string ContentPath { get; }

    public string Environment { get; }

    /// <summary>This site's own feedback database, in a folder of its own (never the user's real one).</summary>
    public string FeedbackPath { get; } = Path.Combine(Path.GetTempPath(), "ki-feedback-" + Guid.NewGuid().ToString("N"), "feedback.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Content:Path", ContentPath);
        builder.UseSetting("Content:ReloadDelay", "00:00:00.100");
        builder.UseSetting("Feedback:Path", FeedbackPath);
        // Every site under test lives on the same calendar day, so its review dates mean the same in any year.
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedDateClock()));
    }

    /// <summary>Starts the app and waits for its first search index, which is built off the start-up path.</summary>
    protected override Microsoft.Extensions.Hosting.IHost CreateHost(Microsoft.Extensions.Hosting.IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<KetamineInfo.Web.Search.SearchService>().Ready.GetAwaiter().GetResult();
        return host;
    }

    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

/// <summary>One fixture-content site shared by every test class that needs it.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SiteFactory>
{
    public const string Name = "site";
}
