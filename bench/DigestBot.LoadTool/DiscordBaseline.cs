using System.Text;
using NSec.Cryptography;

namespace DigestBot.LoadTool;

/// <summary>
/// The yardstick from the issue: a minimal ASP.NET Core endpoint that verifies the Ed25519 signature with
/// NSec and answers PONG, doing no other work. DigestBot should reach at least 85% of its rate.
/// </summary>
internal static class DiscordBaseline
{
    private static readonly byte[] Pong = """{"type":1}"""u8.ToArray();

    /// <param name="url">Where to listen.</param>
    /// <param name="answerFile">When given, these bytes are the answer instead of PONG: the same verify-only
    /// work, but sending what DigestBot sends, so the cost of the larger answer can be told apart.</param>
    public static async Task<int> RunAsync(string url, string? answerFile = null)
    {
        var answer = answerFile is null ? Pong : await File.ReadAllBytesAsync(answerFile);
        var algorithm = SignatureAlgorithm.Ed25519;
        var publicKey = PublicKey.Import(algorithm, Convert.FromHexString(BenchKey.PublicKeyHex), KeyBlobFormat.RawPublicKey);
        return await VerifyOnlyServer.RunAsync(url, "/discord/interactions", (headers, body) =>
        {
            var timestamp = Encoding.ASCII.GetBytes(headers["X-Signature-Timestamp"].ToString());
            var signature = Convert.FromHexString(headers["X-Signature-Ed25519"].ToString());
            return algorithm.Verify(publicKey, [.. timestamp, .. body], signature);
        }, answer);
    }
}
