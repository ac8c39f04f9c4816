using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Util;

namespace KetamineInfo.Web.Search;

/// <summary>Words patients use for the same thing: brand names, street names, everyday words. Each group is equivalent.</summary>
internal static class SearchSynonyms
{
    public static readonly string[][] Groups =
    [
        ["esketamine", "spravato", "s-ketamine"],
        ["ketamine", "k", "special k", "ketalar", "vitamin k"],
        ["arketamine", "r-ketamine"],
        ["iv", "intravenous", "infusion", "infusions", "drip"],
        ["ptsd", "post traumatic stress", "posttraumatic stress", "post-traumatic stress"],
        ["nasal spray", "nose spray", "intranasal"],
        ["side effect", "side effects", "adverse effect", "adverse effects", "adverse event"],
        ["ect", "electroconvulsive", "shock therapy", "electroshock"],
        ["trd", "treatment resistant depression", "treatment-resistant depression", "hard to treat depression"],
        ["cost", "costs", "price", "prices", "pay", "afford"],
        ["insurance", "insurer", "coverage", "covered", "medicare", "medicaid"],
        ["bladder", "urinary", "cystitis", "uropathy"],
        ["suicide", "suicidal"],
        ["pregnancy", "pregnant", "breastfeeding"],
        ["drive", "driving", "car"],
        ["addiction", "addictive", "dependence", "misuse", "abuse"],
        ["dissociation", "dissociative", "floaty", "out of body", "detached"],
        ["blood pressure", "hypertension"],
        ["clinical trial", "clinical trials", "study", "studies", "research"],
        ["doctor", "clinician", "psychiatrist"],
        ["fda", "food and drug administration"],
    ];

    public static SynonymMap Build()
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var group in Groups)
        {
            var phrases = group.Select(Phrase).ToList();
            foreach (var from in phrases)
            {
                foreach (var to in phrases.Where(p => p != from))
                {
                    builder.Add(from, to, includeOrig: true);
                }
            }
        }

        return builder.Build();
    }

    // Multi-word phrases are stored with the map's word separator; hyphens split words as the tokenizer does.
    private static CharsRef Phrase(string text) =>
        SynonymMap.Builder.Join(text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries), new CharsRef());
}
