using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Tests.Support;

namespace KetamineInfo.Content.Tests;

/// <summary>
/// What a load hands out cannot be changed after it: the model has no public setters but <c>init</c>, and no
/// collection of an article, a page or the snapshot can be written through (a List behind an IReadOnlyList can, by a cast).
/// </summary>
public sealed class ImmutableModelTests
{
    private const string History = "\nchanges:\n  - date: 2026-11-01\n    summary: A change.\n    kind: editorial";

    [Fact]
    public void ModelTypes_HaveNoPublicSetters_ButInit()
    {
        var settable = typeof(ContentSnapshot).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(ContentSnapshot).Namespace)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(settable);
    }

    [Fact]
    public void Load_HandsOutArticlesAndPages_WhoseCollectionsCannotBeWritten()
    {
        using var content = new TempContent();
        content.Article("one", "## Part one\n\nOne dissociative study [@SMITH2021].{recheck 2027-06-01}\n",
                TempContent.ValidFrontMatter("one") + "\naliases: [first]" + History)
            .Write("pages/about.md", "---\ntitle: About\nsummary: About us.\nlast_reviewed: 2026-11-25\nnext_review: 2027-11-25" + History
                + "\n---\n## Who we are\n\nDissociation, as a label says [@FDA-LABEL].\n");

        var snapshot = content.Load();

        var (article, page) = (snapshot.ArticlesBySlug["one"], snapshot.Pages["about"]);
        var collections = new Dictionary<string, ICollection>
        {
            ["snapshot.Articles"] = (ICollection)snapshot.Articles,
            ["snapshot.ArticlesBySlug"] = (ICollection)snapshot.ArticlesBySlug,
            ["snapshot.Aliases"] = (ICollection)snapshot.Aliases,
            ["snapshot.Pages"] = (ICollection)snapshot.Pages,
            ["snapshot.Diagnostics"] = (ICollection)snapshot.Diagnostics,
            ["snapshot.References"] = (ICollection)snapshot.References,
            ["snapshot.Glossary"] = (ICollection)snapshot.Glossary,
            ["glossary term's aliases"] = (ICollection)snapshot.Glossary[0].Aliases,
            ["article.Metadata.Aliases"] = (ICollection)article.Metadata.Aliases,
            ["article.Metadata.Changes"] = (ICollection)article.Metadata.Changes,
            ["article.Body.Headings"] = (ICollection)article.Body.Headings,
            ["article.Body.Sources"] = (ICollection)article.Body.Sources,
            ["article.Body.GlossaryTerms"] = (ICollection)article.Body.GlossaryTerms,
            ["article.Body.DatedFacts"] = (ICollection)article.Body.DatedFacts,
            ["page.Metadata.Changes"] = (ICollection)page.Metadata.Changes,
            ["page.Body.Headings"] = (ICollection)page.Body.Headings,
            ["page.Body.Sources"] = (ICollection)page.Body.Sources,
            ["page.Body.GlossaryTerms"] = (ICollection)page.Body.GlossaryTerms,
        };

        Assert.All(collections, c => Assert.True(c.Value.Count > 0, $"{c.Key} is empty, so this test cannot see whether it can be written"));
        Assert.Empty(collections.Where(c => CanBeWritten(c.Value)).Select(c => $"{c.Key} ({c.Value.GetType().Name})"));
    }

    private static bool CanBeWritten(ICollection collection) => collection switch
    {
        IDictionary dictionary => !dictionary.IsReadOnly,
        Array => true, // an array's items can be replaced
        IList list => !list.IsReadOnly,
        _ => true,
    };
}
