using KetamineInfo.Content.Diagnostics;
using KetamineInfo.Content.Model;
using KetamineInfo.Content.Tests.Support;
using KetamineInfo.Content.Text;

namespace KetamineInfo.Content.Tests;

/// <summary>Spanish readability: syllables counted the Spanish way, the INFLESZ figure, and its warning on translations.</summary>
public sealed class SpanishReadabilityTests : IDisposable
{
    private const string Plain = "Hoy voy a la clínica. La sala es grande y tiene luz. Me siento en una silla. La doctora me llama por mi nombre. Hablamos un rato y me voy a casa.";

    private const string Dense = "La cumplimentación administrativa de la documentación identificativa correspondiente constituye un requisito imprescindible previamente a la realización de cualquier consulta programada en las instalaciones hospitalarias, independientemente de la especialidad asistencial solicitada.";

    private readonly TempContent _content = new();

    public void Dispose() => _content.Dispose();

    // Counts by standard Spanish syllabification: diphthongs and triphthongs one syllable, hiatus two, accented í/ú a hiatus.
    [Theory]
    [InlineData("ketamina", 4)]
    [InlineData("depresión", 3)]
    [InlineData("día", 2)]
    [InlineData("ciudad", 2)]
    [InlineData("buey", 1)]
    [InlineData("guerra", 2)]
    [InlineData("pingüino", 3)]
    [InlineData("aéreo", 4)]
    [InlineData("tratamiento", 4)]
    [InlineData("miedo", 2)]
    [InlineData("país", 2)]
    [InlineData("hoy", 1)]
    [InlineData("averiguáis", 4)]
    [InlineData("que", 1)]
    [InlineData("quién", 1)]
    [InlineData("agua", 2)]
    [InlineData("ayer", 2)]
    [InlineData("y", 1)]
    [InlineData("muy", 1)]
    [InlineData("ahí", 2)]
    [InlineData("poeta", 3)]
    [InlineData("reír", 2)]
    [InlineData("Médico", 3)]
    [InlineData("cuidado", 3)]
    [InlineData("huevo", 2)]
    public void Syllables_AreCountedByVowelNuclei(string word, int expected) =>
        Assert.Equal(expected, SpanishSyllables.Count(word));

    [Fact]
    public void Index_IsSzigrisztPazos()
    {
        // 206.835 − 62.3 × 200/100 − 100/10 = 72.235.
        var reading = new Perspicuity(Words: 100, Sentences: 10, Syllables: 200);

        Assert.Equal(72.2, reading.Index);
        Assert.Equal("bastante fácil", reading.Band);
    }

    [Theory]
    [InlineData(39.9, "muy difícil")]
    [InlineData(40, "algo difícil")]
    [InlineData(54.9, "algo difícil")]
    [InlineData(55, "normal")]
    [InlineData(64.9, "normal")]
    [InlineData(65, "bastante fácil")]
    [InlineData(79.9, "bastante fácil")]
    [InlineData(80, "muy fácil")]
    public void Band_FollowsTheInfleszScale(double index, string band) =>
        Assert.Equal(band, Perspicuity.BandOf(index));

    [Fact]
    public void Measure_CountsWordsSentencesAndSpanishSyllables()
    {
        var reading = SpanishReadability.Measure("Hoy voy a la clínica. Me llama la doctora.\n\nUna lista sin punto");

        Assert.Equal((13, 3, 21), (reading.Words, reading.Sentences, reading.Syllables));
    }

    [Fact]
    public void PlainSpanish_ReadsEasily_AndHasNoWarning()
    {
        var snapshot = LoadTranslation(Plain);

        var reading = SpanishReadability.Measure(snapshot.Translations["/es/articulos/ficticio"].Body.PlainText);
        // Counted by hand: 32 words, 5 sentences, 48 syllables; 206.835 − 62.3 × 48/32 − 32/5 = 106.985.
        Assert.Equal((32, 5, 48), (reading.Words, reading.Sentences, reading.Syllables));
        Assert.Equal(107.0, reading.Index);
        Assert.Equal("muy fácil", reading.Band);
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.SpanishReadingTooHard.Id);
    }

    [Fact]
    public void DenseSpanish_WarnsAtTheBody_NamingTheFigureAndBand()
    {
        var snapshot = LoadTranslation(Dense);

        var reading = SpanishReadability.Measure(snapshot.Translations["/es/articulos/ficticio"].Body.PlainText);
        var warning = Assert.Single(snapshot.Diagnostics, d => d.Code == DiagnosticCodes.SpanishReadingTooHard.Id);
        Assert.Equal(("content/es/articles/ficticio.md", 9, DiagnosticSeverity.Warning), (warning.Path, warning.Line, warning.Severity));
        Assert.StartsWith(FormattableString.Invariant($"lectura INFLESZ {reading.Index:0.0} ({reading.Band}) is below 65"), warning.Message, StringComparison.Ordinal);
        Assert.True(reading.Index < 40, $"INFLESZ {reading.Index}");
        Assert.Equal("muy difícil", reading.Band);
    }

    [Fact]
    public void EnglishArticles_AreNotMeasuredInSpanish()
    {
        _content.Article("dense", Dense);

        Assert.DoesNotContain(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.SpanishReadingTooHard.Id);
    }

    private ContentSnapshot LoadTranslation(string body)
    {
        _content.Article("fixture", "::: in-short\n- One fact.\n- Two facts.\n- Three facts.\n:::\n\nBody text.\n");
        var version = Translation.ShortVersion(_content.Load().ArticlesBySlug["fixture"].Fingerprint);
        _content.Write("es/articles/ficticio.md",
            $"---\ntitle: Una visita\nsummary: Una visita a la clínica.\nlast_reviewed: 2026-11-25\nnext_review: 2027-11-25\ntranslation_of: fixture\ntranslated_from: {version}\n---\n{body}\n");
        return _content.Load();
    }
}
