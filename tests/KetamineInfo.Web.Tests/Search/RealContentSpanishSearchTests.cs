using KetamineInfo.Content.Model;
using KetamineInfo.Web.Tests.Support;

namespace KetamineInfo.Web.Tests.Search;

/// <summary>
/// Questions as Spanish speakers type them, often without accents, asked of the shipped Spanish edition: the section
/// that answers is among the first three results. Crisis and emergency questions lead to getting help.
/// </summary>
public sealed class RealContentSpanishSearchTests(RealSiteFactory site) : IClassFixture<RealSiteFactory>
{
    [Theory]
    [InlineData("presion arterial", "/es/articulos/efectos-secundarios-y-riesgos#presion-arterial")]
    [InlineData("cuanto cuesta", "/es/articulos/como-acceder-al-tratamiento#costo-y-seguro-medico")]
    [InlineData("puedo manejar despues", "/es/articulos/el-dia-del-tratamiento#para-la-persona-que-lo-lleva-a-casa")]
    [InlineData("alucinaciones", "/es/articulos/efectos-secundarios-y-riesgos#alucinaciones-y-psicosis")]
    [InlineData("quien no debe usarla", "/es/articulos/efectos-secundarios-y-riesgos#quien-no-debe-usarlo-o-necesita-mas-cuidado")]
    [InlineData("dolor de pecho", "/es/articulos/efectos-secundarios-y-riesgos#senales-que-necesitan-ayuda-de-emergencia")]
    [InlineData("quiero morir", "/es/articulos/efectos-secundarios-y-riesgos#cuando-pedir-ayuda")]
    [InlineData("vejiga", "/es/articulos/efectos-secundarios-y-riesgos#vejiga-y-vias-urinarias")]
    [InlineData("alucinasiones", "/es/articulos/efectos-secundarios-y-riesgos#alucinaciones-y-psicosis")] // misspelt: a near word is found
    [InlineData("vegiga", "/es/articulos/efectos-secundarios-y-riesgos#vejiga-y-vias-urinarias")]
    [InlineData("spravato o por la vena", "/es/articulos/ketamina-para-la-depresion#aerosol-nasal-de-esketamina-frente-a-ketamina-por-la-vena")]
    public async Task ASpanishQuestion_FindsTheSectionThatAnswersIt(string question, string expected)
    {
        var page = await site.CreateClient().GetDocumentAsync($"{SitePaths.SpanishSearch}?q={Uri.EscapeDataString(question)}");

        var found = page.QuerySelectorAll(".result-link").Select(a => a.GetAttribute("href")).Take(3).ToList();
        Assert.True(found.Contains(expected), $"'{question}' found {string.Join(", ", found)}");
        Assert.All(page.QuerySelectorAll(".result-link"), a => Assert.StartsWith("/es/", a.GetAttribute("href"), StringComparison.Ordinal));
    }
}
