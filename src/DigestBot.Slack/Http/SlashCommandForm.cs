using System.Buffers;
using System.Text;
using DigestBot.Slack.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace DigestBot.Slack.Http;

/// <summary>Reads Slack's form-encoded slash command post (after its signature has been checked).</summary>
internal static class SlashCommandForm
{
    public static SlashCommand? Parse(ReadOnlySequence<byte> body)
    {
        var form = new FormReader(Encoding.UTF8.GetString(body)).ReadForm();
        string? Get(string key) => form.TryGetValue(key, out var value) ? value.ToString() : null;

        var command = Get("command");
        var channel = Get("channel_id");
        if (string.IsNullOrEmpty(command) || string.IsNullOrEmpty(channel))
        {
            return null;
        }

        return new SlashCommand
        {
            Command = command,
            Text = Get("text") ?? "",
            UserId = Get("user_id") ?? "",
            UserName = Get("user_name"),
            ChannelId = channel,
            TeamId = Get("team_id"),
            ResponseUrl = Get("response_url"),
        };
    }
}
