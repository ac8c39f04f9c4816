namespace KetamineInfo.Content.Model;

/// <summary>
/// Used only when site.yml cannot be read at the very first load: crisis help must show on every page even
/// then. Editors change the real words in content/site.yml.
/// </summary>
public static class SiteSettingsFallback
{
    public static SiteSettings Value { get; } = new(
        "KetamineInfo",
        "Plain, sourced information about ketamine treatment",
        "Plain-language information about ketamine and esketamine treatment for patients and families.",
        "This page is general information, not medical advice. Talk to a clinician who knows your health before you start, change or stop any treatment.",
        new CrisisHelp(
            "Need help now?",
            "If you are thinking about suicide or might be in danger, get help now. It is free and confidential.",
            [
                new CrisisLine("US", "Call or text 988 (Suicide & Crisis Lifeline)", "tel:988"),
                new CrisisLine("US", "Emergency: call 911", "tel:911"),
                new CrisisLine("UK and Ireland", "Samaritans: call 116 123, free, any time", "tel:116123"),
                new CrisisLine("UK", "Emergency: call 999", "tel:999"),
                new CrisisLine("Ireland", "Emergency: call 112 or 999", "tel:112"),
            ],
            new CrisisLink("Other countries: find a helpline", "https://findahelpline.com"),
            [
                new CrisisGroup("Talk to someone", [new CrisisLink("988 (US)", "tel:988"), new CrisisLink("116 123 (UK, Ireland)", "tel:116123")]),
                new CrisisGroup("Emergency", [new CrisisLink("911 (US)", "tel:911"), new CrisisLink("999 (UK)", "tel:999"), new CrisisLink("112 (Ireland)", "tel:112")]),
            ]),
        8,
        ["cure", "cures", "cured", "miracle", "rewire", "rewires", "rewired", "rewiring", "completely safe", "guaranteed"]);
}
