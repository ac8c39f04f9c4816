namespace KetamineInfo.Content.Model;

/// <summary>
/// How easy Spanish prose is to read: Szigriszt-Pazos's perspicuity index, read on Barrio-Cantalejo's INFLESZ scale.
/// P = 206.835 − 62.3 × (syllables / words) − (words / sentences); bands: under 40 "muy difícil", 40–55 "algo
/// difícil", 55–65 "normal", 65–80 "bastante fácil", 80 and over "muy fácil".
/// </summary>
/// <remarks>
/// Formula and bands as given at https://legible.es/blog/index-1.html and
/// https://cnbguatemala.org/index.php?title=Legible/Escala_Inflesz (A. Muñoz Fernández), citing Barrio-Cantalejo et al.,
/// "Validación de la Escala INFLESZ…", An Sist Sanit Navar 2008;31(2):135–152 (abstract at
/// http://scielo.isciii.es/scielo.php?pid=S1137-66272008000300004&amp;script=sci_arttext). The pages give touching ranges
/// (40–55, 55–65 …); here each band holds its lower bound, so 65 is "bastante fácil". Szigriszt's own bands differ
/// (https://legible.es/blog/perspicuidad-szigriszt-pazos): INFLESZ is the scale validated on patient texts.
/// </remarks>
public sealed record Perspicuity(int Words, int Sentences, int Syllables)
{
    /// <summary>The lowest figure a page should have: the bottom of "bastante fácil".</summary>
    public const double Target = 65;

    /// <summary>The perspicuity index, to one decimal; 0 for no words.</summary>
    public double Index => Words == 0 || Sentences == 0
        ? 0
        : Math.Round(206.835 - (62.3 * Syllables / Words) - ((double)Words / Sentences), 1);

    /// <summary>The INFLESZ band the index falls in, in the scale's own Spanish words.</summary>
    public string Band => BandOf(Index);

    /// <summary>The INFLESZ band of a perspicuity figure; each band includes its lower bound.</summary>
    public static string BandOf(double index) => index switch
    {
        < 40 => "muy difícil",
        < 55 => "algo difícil",
        < 65 => "normal",
        < 80 => "bastante fácil",
        _ => "muy fácil",
    };
}
