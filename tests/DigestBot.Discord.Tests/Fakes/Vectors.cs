using System.Text.Json;

namespace DigestBot.Discord.Tests.Fakes;

/// <summary>The RFC 8032 and captured-Discord vectors from shared/test-vectors.json (copied beside the tests).</summary>
internal static class Vectors
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Vectors", "discord-vectors.json"))));

    public static JsonElement Rfc8032(int index) => Document.Value.RootElement.GetProperty("rfc8032_ed25519").GetProperty("vectors")[index];

    public static JsonElement Discord => Document.Value.RootElement.GetProperty("discord_interaction_signed_request");

    public static string DiscordPublicKey => Discord.GetProperty("public_key_hex").GetString()!;

    public static (string Timestamp, string Signature, string Body) DiscordValid => Request("valid");

    public static (string Timestamp, string Signature, string Body) DiscordInvalidPing => Request("invalid");

    private static (string, string, string) Request(string name)
    {
        var request = Discord.GetProperty(name);
        return (request.GetProperty("x_signature_timestamp").GetString()!,
            request.GetProperty("x_signature_ed25519").GetString()!,
            request.GetProperty("body").GetString()!);
    }
}
