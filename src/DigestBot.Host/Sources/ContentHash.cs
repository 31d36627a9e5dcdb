using System.Security.Cryptography;
using System.Text;

namespace DigestBot.Host.Sources;

/// <summary>A fingerprint of an article's words, blind to whitespace and case, so a re-rendered but unchanged text matches.</summary>
internal static class ContentHash
{
    public static string Of(string text)
    {
        var normalized = HtmlText.Collapse(text).ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..32];
    }
}
