using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace DigestBot.LoadTool;

/// <summary>Writes one pre-signed interaction and a wrk script that replays it; signing is not what is measured.</summary>
internal static class DiscordSignedRequest
{
    private const string Body = """{"application_id":"1","channel_id":"938391701561679903","guild_id":"561884984214814744","data":{"id":"870616445036421159","name":"quotes","type":1,"options":[{"name":"speaker","type":3,"value":"Putin"}]},"id":"938421734825140264","member":{"nick":"bench","permissions":"0","roles":[],"user":{"id":"115590097100865541","username":"bench"}},"token":"bench-token","type":2,"version":1}""";

    private const string Ping = """{"application_id":"1","id":"938421734825140265","token":"bench-token","type":1,"version":1}""";

    public static int Write(string directory)
    {
        Directory.CreateDirectory(directory);
        using var key = BenchKey.Create();
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        WriteScript(Path.Combine(directory, "quotes.lua"), key, timestamp, Body);
        WriteScript(Path.Combine(directory, "ping.lua"), key, timestamp, Ping);
        File.WriteAllText(Path.Combine(directory, "quotes.json"), Body);
        File.WriteAllText(Path.Combine(directory, "quotes.headers"),
            $"X-Signature-Timestamp: {timestamp}\nX-Signature-Ed25519: {Sign(key, timestamp, Body)}\n");
        Console.WriteLine(BenchKey.PublicKeyHex);
        return 0;
    }

    private static void WriteScript(string path, Key key, string timestamp, string body)
    {
        var lua = new StringBuilder()
            .AppendLine("wrk.method = \"POST\"")
            .AppendLine(CultureInfo.InvariantCulture, $"wrk.body = [[{body}]]")
            .AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"")
            .AppendLine(CultureInfo.InvariantCulture, $"wrk.headers[\"X-Signature-Timestamp\"] = \"{timestamp}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"wrk.headers[\"X-Signature-Ed25519\"] = \"{Sign(key, timestamp, body)}\"")
            .AppendLine("done = function(summary, latency, requests)")
            .AppendLine("  io.write(string.format(\"non-2xx or errors: %d\\n\", summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))")
            .AppendLine("end");
        File.WriteAllText(path, lua.ToString());
    }

    private static string Sign(Key key, string timestamp, string body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body)));
}
