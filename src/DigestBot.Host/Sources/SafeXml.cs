using System.Xml;

namespace DigestBot.Host.Sources;

/// <summary>
/// Reader settings for untrusted XML: a DTD is an error (no external entities, so no XXE; no entity
/// expansion, so no billion laughs), nothing is resolved, and the document size is capped.
/// </summary>
internal static class SafeXml
{
    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>True when the document declares a DTD, so the refusal can say so instead of "malformed".</summary>
    public static bool DeclaresDtd(ReadOnlySpan<byte> body)
    {
        var head = System.Text.Encoding.UTF8.GetString(body[..Math.Min(body.Length, 4096)]).Replace("\0", "", StringComparison.Ordinal);
        return head.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || head.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase);
    }
}
