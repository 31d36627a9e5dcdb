using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DigestBot.LoadTool;

/// <summary>
/// The yardstick from the Slack issue: a minimal ASP.NET Core endpoint that checks the request timestamp
/// and the <c>v0</c> HMAC-SHA256 signature over the raw body, and answers a fixed one-line message, doing
/// no other work. DigestBot should reach at least 80% of its rate.
/// </summary>
internal static class SlackBaseline
{
    private static readonly byte[] Answer = """{"response_type":"ephemeral","text":"ok"}"""u8.ToArray();

    /// <param name="url">Where to listen.</param>
    /// <param name="signingSecret">The secret requests are signed with.</param>
    /// <param name="answerFile">When given, these bytes are the answer instead of "ok": the same verify-only
    /// work, but sending what DigestBot sends, so the cost of the larger answer can be told apart.</param>
    public static async Task<int> RunAsync(string url, string signingSecret, string? answerFile = null)
    {
        var answer = answerFile is null ? Answer : await File.ReadAllBytesAsync(answerFile);
        var key = Encoding.UTF8.GetBytes(signingSecret);
        return await VerifyOnlyServer.RunAsync(
            url,
            "/slack/commands",
            (headers, body) => IsSigned(key, headers["X-Slack-Request-Timestamp"].ToString(), headers["X-Slack-Signature"].ToString(), body),
            answer);
    }

    private static bool IsSigned(byte[] key, string timestamp, string signature, byte[] body)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) > 300
            || !signature.StartsWith("v0=", StringComparison.Ordinal))
        {
            return false;
        }

        byte[] signed = [.. Encoding.ASCII.GetBytes($"v0:{timestamp}:"), .. body];
        var expected = HMACSHA256.HashData(key, signed);
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature.AsSpan(3));
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
