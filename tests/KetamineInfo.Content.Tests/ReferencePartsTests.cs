using System.Text.RegularExpressions;
using KetamineInfo.Content.Loading;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Tests.Support;
using Microsoft.Extensions.FileProviders;

namespace KetamineInfo.Content.Tests;

/// <summary>How a reference reads in a Sources list: each part once, with normal punctuation.</summary>
public sealed partial class ReferencePartsTests
{
    private static Reference Make(string? authors = "Smith A", string title = "A trial", string? container = "J Test Med", int? year = 2021) =>
        new("K", authors, title, container, year, "10.1000/x", null, null, null);

    [Theory]
    [InlineData("Popova V, Daly EJ, et al.", "Popova V, Daly EJ, et al.")]
    [InlineData("US FDA", "US FDA.")]
    [InlineData("Smith A. ", "Smith A.")]
    public void Authors_EndWithExactlyOneFullStop(string authors, string expected) =>
        Assert.Equal(expected, Make(authors: authors).Parts.Authors);

    [Fact]
    public void TitleEndingInAQuestionMark_GetsNoFullStop()
    {
        var parts = Make(title: "A trick of smoke and mirrors?").Parts;

        Assert.Equal("A trick of smoke and mirrors?", parts.Title + parts.TitleEnd);
    }

    [Theory]
    [InlineData("Am J Psychiatry 2019;176(6):428–438", 2019, "Am J Psychiatry 2019;176(6):428–438.", null)]
    [InlineData("NICE, Dec 2022", 2022, "NICE, Dec 2022.", null)]
    [InlineData("DailyMed", 2024, "DailyMed.", "2024.")]
    [InlineData(null, 2024, null, "2024.")]
    public void YearAlreadyInTheContainer_IsNotRepeated(string? container, int year, string? expectedContainer, string? expectedYear)
    {
        var parts = Make(container: container, year: year).Parts;

        Assert.Equal(expectedContainer, parts.Container);
        Assert.Equal(expectedYear, parts.Year);
    }

    [Fact]
    public void EveryRealReference_ReadsCleanly()
    {
        var snapshot = new ContentLoader(new PhysicalFileProvider(Repository.ContentPath), new FixedDateClock()).Load();

        Assert.NotEmpty(snapshot.References);
        Assert.All(snapshot.References.Values, r =>
        {
            var text = r.Parts.Text;
            Assert.DoesNotMatch(DoubledStop(), text);
            Assert.DoesNotMatch(RepeatedYear(), text);
            Assert.DoesNotContain("page not seen", text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [GeneratedRegex(@"\.\s*\.|,\s*\.|\.\s*,")]
    private static partial Regex DoubledStop();

    // "2023.2023." or "Dec 2022.2022.": a year shown twice in a row.
    [GeneratedRegex(@"(\d{4})\D{0,3}\1\.")]
    private static partial Regex RepeatedYear();
}
