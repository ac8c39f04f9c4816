using KetamineInfo.Content.Model;

namespace KetamineInfo.Web.Pages;

/// <summary>What a page says about its own care: its dates, its review status, and whether its review is overdue.</summary>
public sealed record ReviewFacts(IReviewedMetadata Metadata, ReviewStatus Review, bool Overdue);
