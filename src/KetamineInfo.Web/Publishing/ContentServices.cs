using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Model;
using KetamineInfo.Web.Settings;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace KetamineInfo.Web.Publishing;

internal static class ContentServices
{
    /// <summary>The content folder, its loader and the store that keeps the current snapshot.</summary>
    public static IServiceCollection AddKetamineContent(this IServiceCollection services)
    {
        services.AddValidatedOptions<ContentOptions>(ContentOptions.Section);
        services.AddValidatedOptions<SiteOptions>(SiteOptions.Section);
        services.AddSingleton(TimeProvider.System);
        services.AddKeyedSingleton<IFileProvider>(ContentKey, (sp, _) =>
        {
            var path = sp.GetRequiredService<IOptions<ContentOptions>>().Value.ResolvePath();
            if (!Directory.Exists(path))
            {
                throw new DirectoryNotFoundException($"Content folder not found: {path}. Set Content:Path (Content__Path) to the content folder.");
            }

            return new PhysicalFileProvider(path);
        });
        services.AddSingleton(sp =>
        {
            var environment = sp.GetRequiredService<IWebHostEnvironment>();
            var webRoot = environment.WebRootFileProvider;
            var options = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            return new ContentLoader(
                sp.GetRequiredKeyedService<IFileProvider>(ContentKey),
                sp.GetRequiredService<TimeProvider>(),
                limits: ContentLimits.Default with { MaxFiles = options.MaxFilesPerFolder, MaxRenderedBytes = options.MaxRenderedBytes, MaxLoadTime = options.MaxLoadTime },
                siteFileExists: path => webRoot.GetFileInfo(path).Exists,
                draftsServed: options.DraftsServed(environment));
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            return new ContentStore(
                sp.GetRequiredService<ContentLoader>(),
                sp.GetRequiredKeyedService<IFileProvider>(ContentKey),
                sp.GetRequiredService<ILogger<ContentStore>>(),
                options.ReloadDelay,
                options.Watch,
                sp.GetRequiredService<TimeProvider>());
        });
        // One snapshot per request, so a reload mid-request cannot mix two versions of the site.
        services.AddScoped(sp => sp.GetRequiredService<ContentStore>().Current);
        services.AddSingleton<PublishedSites>();
        // What readers get of that snapshot: the published site (Publishing/PublishedSite).
        services.AddScoped(sp => sp.GetRequiredService<PublishedSites>().For(sp.GetRequiredService<ContentSnapshot>()));
        // And the words around its pages (strings/en.yml), from the same snapshot.
        // In the language of the page asked for: its address says which (SitePaths.LanguageOf), once that edition exists;
        // until something is translated, an address under /es is just an English site's missing page.
        services.AddHttpContextAccessor();
        services.AddScoped(sp =>
        {
            var language = SitePaths.LanguageOf(sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Path.Value ?? "/");
            var published = sp.GetRequiredService<PublishedSite>();
            language = language != "en" && published.Translations.Any(t => t.Language == language) ? language : "en";
            return new Chrome(published.Snapshot.StringsFor(language), language);
        });
        return services;
    }

    public const string ContentKey = "content";
}
