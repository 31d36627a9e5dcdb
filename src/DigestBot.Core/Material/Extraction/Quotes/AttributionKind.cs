namespace DigestBot.Core.Material.Extraction.Quotes;

internal enum AttributionKind : byte
{
    /// <summary>Speaker and verb right after the closing mark: “…,” Putin said / “…,” said Putin.</summary>
    After,

    /// <summary>Speaker and verb earlier in the same sentence: Putin said, “…” / Bessent added that it is “…”.</summary>
    Before,

    /// <summary>The sentence's subject, for a verb with none of its own: Putin …, referring to them as “…”.</summary>
    Subject,

    /// <summary>Carried over from the previous part of the same speech (split quote, next paragraph).</summary>
    Carried,
}
