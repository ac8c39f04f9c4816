using System.Globalization;
using KetamineInfo.Content.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KetamineInfo.Content.Markdown;

/// <summary>
/// "What matters to you" as a checklist: statements to weigh, the SURE test, and which option the reader leans
/// towards ("not ready to choose yet" is an answer too). Not a form: nothing is sent anywhere, so no button or
/// key press can make a request. <c>values.js</c> builds a printable summary in the page; without it, it prints as is.
/// </summary>
internal sealed class ValuesExerciseBlock(ValuesExercise values, IReadOnlyList<TreatmentOption> options) : LeafBlock(null)
{
    public ValuesExercise Values => values;

    public IReadOnlyList<TreatmentOption> Options => options;
}

internal sealed class ValuesExerciseRenderer : HtmlObjectRenderer<ValuesExerciseBlock>, IUsesSiteStrings
{
    public SiteStrings Strings { private get; set; } = Parsing.SiteStringsReader.Shipped;

    protected override void Write(HtmlRenderer renderer, ValuesExerciseBlock block)
    {
        var values = block.Values;
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"values-form\" id=\"values\" data-values>");
        renderer.Write("<h2 id=\"values-heading\">").WriteEscape(Strings["decision.values_agree_heading"]).WriteLine("</h2>");
        foreach (var statement in values.Statements)
        {
            renderer.Write("<fieldset class=\"values-item\" data-statement=\"").WriteEscape(statement.Id).Write("\" data-question=\"").WriteEscape(statement.Question)
                .Write("\"><legend>").WriteEscape(statement.Statement).Write("</legend><div class=\"values-scale\">");
            for (var i = 0; i < values.Scale.Count; i++)
            {
                // The scale's upper half agrees: values.js asks the statement's question for those answers.
                var agrees = i >= values.Scale.Count - (values.Scale.Count / 2);
                renderer.Write("<label><input type=\"radio\" name=\"").WriteEscape(statement.Id).Write("\" value=\"").Write(i.ToString(CultureInfo.InvariantCulture))
                    .Write(agrees ? "\" data-agrees>" : "\">").Write(' ').WriteEscape(values.Scale[i]).Write("</label>");
            }

            renderer.WriteLine("</div></fieldset>");
        }

        renderer.Write("<h2 id=\"sure-heading\">").WriteEscape(Strings["decision.values_sure_heading"]).WriteLine("</h2>");
        renderer.Write("<p>").WriteEscape(values.SureIntro).WriteLine("</p>");
        foreach (var sure in values.Sure)
        {
            renderer.Write("<fieldset class=\"values-item\" data-sure=\"").WriteEscape(sure.Id).Write("\"><legend>").WriteEscape(sure.Question)
                .Write("</legend><div class=\"values-scale\"><label><input type=\"radio\" name=\"").WriteEscape(sure.Id).Write("\" value=\"yes\"> ").WriteEscape(Strings["decision.values_yes"])
                .Write("</label><label><input type=\"radio\" name=\"").WriteEscape(sure.Id).Write("\" value=\"no\"> ").WriteEscape(Strings["decision.values_no"]).WriteLine("</label></div></fieldset>");
        }

        renderer.Write("<fieldset class=\"values-item\" data-leaning><legend>").WriteEscape(values.LeaningQuestion).Write("</legend><div class=\"values-choices\">");
        foreach (var option in block.Options)
        {
            renderer.Write("<label><input type=\"radio\" name=\"leaning\" value=\"").WriteEscape(option.Key).Write("\"> ").WriteEscape(option.Name).Write("</label>");
        }

        renderer.Write("<label><input type=\"radio\" name=\"leaning\" value=\"not-ready\" data-not-ready> ").WriteEscape(values.NotReady).WriteLine("</label></div></fieldset>");
        renderer.Write("<div class=\"values-actions\" hidden data-values-actions><button type=\"button\" data-values-summarize>").WriteEscape(Strings["decision.values_summarize"]).WriteLine("</button></div>");
        renderer.WriteLine("</div>");
        renderer.WriteLine("<section class=\"values-summary\" id=\"summary\" aria-labelledby=\"summary-heading\" hidden data-values-summary>");
        renderer.Write("<h2 id=\"summary-heading\" tabindex=\"-1\">").WriteEscape(Strings["decision.values_summary_heading"]).WriteLine("</h2><div data-values-answers></div>");
        renderer.Write("<h3>").WriteEscape(Strings["decision.values_questions_heading"]).WriteLine("</h3><ul data-values-questions></ul>");
        renderer.Write("<p class=\"note\">").WriteEscape(Strings["decision.values_summary_note"]).WriteLine("</p>");
        renderer.Write("<button type=\"button\" data-values-print>").WriteEscape(Strings["decision.values_print"]).WriteLine("</button></section>");
    }
}
