using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KetamineInfo.Web.Pages;

/// <summary>
/// "What matters to you": statements to weigh and the SURE test's four questions, for a reader to take to a
/// clinician. It never recommends an option. Nothing leaves the browser: the page has no form that submits,
/// stores nothing and asks for nothing; with JavaScript it builds a printable summary in the page, without it
/// it is a checklist to print and fill in by hand.
/// </summary>
public sealed class WhatMattersModel : PageModel
{
    /// <summary>What a reader may weigh, each with the question it suggests asking when it matters to them.</summary>
    public static readonly IReadOnlyList<(string Id, string Statement, string Question)> Statements =
    [
        ("quick", "I want a treatment that may help quickly.", "How soon could each option help me, and how would we know?"),
        ("time-off", "I want to avoid time off work or away from home.", "How much time would each option take each week, and for how long?"),
        ("after-effects", "I worry about side effects in the hours after a treatment, like feeling detached, sleepy or sick.", "What happens in the hours after each treatment, and who watches me?"),
        ("track-record", "I want the option with the longest track record.", "How long has each option been used, and how much is known about it over years?"),
        ("memory", "I worry about problems with memory or thinking.", "Could any option affect my memory, and for how long?"),
        ("anesthetic", "I would rather not have a general anesthetic.", "Which options need an anesthetic, and what are the risks for me?"),
        ("cost", "Cost matters a lot to me.", "What would each option cost me in total, and what does my insurance cover?"),
        ("ride-home", "Getting someone to take me home after each treatment would be hard.", "Which options mean I cannot drive afterwards, and is there help getting home?"),
    ];

    public static readonly IReadOnlyList<string> Agreement = ["Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree"];

    /// <summary>The SURE test (O'Connor and Légaré): a "no" to any question suggests the choice needs more time or help.</summary>
    public static readonly IReadOnlyList<(string Id, string Question)> Sure =
    [
        ("sure", "Do you feel sure about the best choice for you?"),
        ("understand", "Do you know the benefits and risks of each option?"),
        ("values", "Are you clear about which benefits and risks matter most to you?"),
        ("support", "Do you have enough support and advice to make a choice?"),
    ];
}
