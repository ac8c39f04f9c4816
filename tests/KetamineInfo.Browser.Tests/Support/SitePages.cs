namespace KetamineInfo.Browser.Tests.Support;

/// <summary>Every kind of page a reader can reach, by path.</summary>
public static class SitePages
{
    public static readonly string[] Articles =
    [
        "what-is-ketamine", "ketamine-for-depression", "how-ketamine-works", "side-effects-and-risks",
        "your-treatment-day", "accessing-ketamine-therapy", "future-of-ketamine-research",
    ];

    public static readonly string[] Others = ["/", "/glossary", "/questions", "/about", "/accessibility", "/editorial-policy", "/editorial-team", "/changes", "/treatment-options", "/how-we-compared", "/what-matters", "/search?q=nasal+spray", "/search?q=zzzz", "/no-such-page"];

    /// <summary>The Spanish edition: every translated article and page, and the pages answered in Spanish.</summary>
    public static readonly string[] Spanish =
    [
        "/es", "/es/articulos/que-es-la-ketamina", "/es/articulos/ketamina-para-la-depresion", "/es/articulos/como-actua-la-ketamina",
        "/es/articulos/efectos-secundarios-y-riesgos", "/es/articulos/el-dia-del-tratamiento", "/es/articulos/como-acceder-al-tratamiento",
        "/es/articulos/el-futuro-de-la-investigacion", "/es/glosario", "/es/preguntas", "/es/acerca-de", "/es/accesibilidad", "/es/politica-editorial",
        "/es/equipo-editorial", "/es/cambios", "/es/opciones-de-tratamiento", "/es/como-comparamos", "/es/lo-que-importa",
        "/es/revisar-lo-que-dicen-las-clinicas", "/es/buscar?q=depresion", "/es/buscar?q=zzzz", "/es/no-existe",
    ];

    public static IEnumerable<string> All => Others.Concat(Articles.Select(a => $"/articles/{a}")).Concat(Spanish);

    public static TheoryData<string> AllPaths => [.. All];
}
