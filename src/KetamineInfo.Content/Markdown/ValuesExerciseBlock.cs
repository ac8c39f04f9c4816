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

internal sealed class ValuesExerciseRenderer : HtmlObjectRenderer<ValuesExerciseBlock>
{
    protected override void Write(HtmlRenderer renderer, ValuesExerciseBlock block)
    {
        var values = block.Values;
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"values-form\" id=\"values\" data-values>");
        renderer.WriteLine("<h2 id=\"values-heading\">How much do you agree?</h2>");
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

        renderer.WriteLine("<h2 id=\"sure-heading\">Are you ready to choose?</h2>");
        renderer.Write("<p>").WriteEscape(values.SureIntro).WriteLine("</p>");
        foreach (var sure in values.Sure)
        {
            renderer.Write("<fieldset class=\"values-item\" data-sure=\"").WriteEscape(sure.Id).Write("\"><legend>").WriteEscape(sure.Question)
                .Write("</legend><div class=\"values-scale\"><label><input type=\"radio\" name=\"").WriteEscape(sure.Id).Write("\" value=\"yes\"> Yes</label><label><input type=\"radio\" name=\"")
                .WriteEscape(sure.Id).WriteLine("\" value=\"no\"> No</label></div></fieldset>");
        }

        renderer.Write("<fieldset class=\"values-item\" data-leaning><legend>").WriteEscape(values.LeaningQuestion).Write("</legend><div class=\"values-choices\">");
        foreach (var option in block.Options)
        {
            renderer.Write("<label><input type=\"radio\" name=\"leaning\" value=\"").WriteEscape(option.Key).Write("\"> ").WriteEscape(option.Name).Write("</label>");
        }

        renderer.Write("<label><input type=\"radio\" name=\"leaning\" value=\"not-ready\" data-not-ready> ").WriteEscape(values.NotReady).WriteLine("</label></div></fieldset>");
        renderer.WriteLine("<div class=\"values-actions\" hidden data-values-actions><button type=\"button\" data-values-summarize>Make my summary</button></div>");
        renderer.WriteLine("</div>");
        renderer.WriteLine("<section class=\"values-summary\" id=\"summary\" aria-labelledby=\"summary-heading\" hidden data-values-summary>");
        renderer.WriteLine("<h2 id=\"summary-heading\" tabindex=\"-1\">My summary, for my clinician</h2><div data-values-answers></div>");
        renderer.WriteLine("<h3>Questions I want to ask</h3><ul data-values-questions></ul>");
        renderer.WriteLine("<p class=\"note\">This summary is not a recommendation. It is a record of what matters to you, to help you and your clinician decide together.</p>");
        renderer.WriteLine("<button type=\"button\" data-values-print>Print or save as PDF</button></section>");
    }
}
