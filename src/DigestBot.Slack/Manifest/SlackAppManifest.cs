using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DigestBot.Core.Commands;

namespace DigestBot.Slack.Manifest;

/// <summary>
/// The Slack app manifest, written from <see cref="CommandCatalog"/> so every command Core declares is a slash
/// command, plus the umbrella <c>/digestbot</c>. <c>config/slack-app-manifest.json</c> is this output; a
/// test fails when the two drift apart.
/// </summary>
public static class SlackAppManifest
{
    public const string AppName = "DigestBot";

    /// <summary>Bot scopes: slash commands, posting, pinning, and users:read to recognise workspace admins.</summary>
    public static IReadOnlyList<string> BotScopes { get; } = ["commands", "chat:write", "pins:write", "users:read"];

    /// <param name="commandsUrl">Null for Socket Mode; for HTTP mode the public address of <c>/slack/commands</c>.</param>
    public static string Build(Uri? commandsUrl = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Keep the curly quotes and dashes of descriptions readable in the file.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteStartObject("_metadata");
            json.WriteNumber("major_version", 1);
            json.WriteNumber("minor_version", 1);
            json.WriteEndObject();

            json.WriteStartObject("display_information");
            json.WriteString("name", AppName);
            json.WriteString("description", "Quotes, figures and summaries from the news, on request and as scheduled digests.");
            json.WriteString("background_color", "#1f3a5f");
            json.WriteEndObject();

            json.WriteStartObject("features");
            json.WriteStartObject("bot_user");
            json.WriteString("display_name", AppName);
            json.WriteBoolean("always_online", true);
            json.WriteEndObject();
            json.WriteStartArray("slash_commands");
            foreach (var command in CommandCatalog.All)
            {
                WriteCommand(json, "/" + command.Name, command.Description, UsageHint(command), commandsUrl);
            }

            WriteCommand(
                json,
                "/" + CommandParser.UmbrellaCommand,
                $"Every {AppName} command in one: /{CommandParser.UmbrellaCommand} quotes speaker:Putin",
                string.Join(" | ", CommandCatalog.All.Select(c => c.Name)) + " [options]",
                commandsUrl);
            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartObject("oauth_config");
            json.WriteStartObject("scopes");
            json.WriteStartArray("bot");
            foreach (var scope in BotScopes)
            {
                json.WriteStringValue(scope);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("settings");
            json.WriteBoolean("org_deploy_enabled", false);
            json.WriteBoolean("socket_mode_enabled", commandsUrl is null);
            json.WriteBoolean("token_rotation_enabled", false);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteCommand(Utf8JsonWriter json, string name, string description, string usageHint, Uri? url)
    {
        json.WriteStartObject();
        json.WriteString("command", name);
        if (url is not null)
        {
            json.WriteString("url", url.AbsoluteUri);
        }

        json.WriteString("description", description);
        if (usageHint.Length > 0)
        {
            json.WriteString("usage_hint", usageHint);
        }

        // Text arrives as typed; DigestBot parses names and quotes itself.
        json.WriteBoolean("should_escape", false);
        json.WriteEndObject();
    }

    private static string UsageHint(CommandDefinition command) =>
        string.Join(' ', command.Options.Select(o => o.Required ? $"<{o.Usage}>" : $"[{o.Usage}]"));
}
