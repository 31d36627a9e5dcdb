using System.Buffers;
using System.Text;
using DigestBot.Slack.Json;

namespace DigestBot.Slack.Http;

/// <summary>
/// Reads Slack's form-encoded slash command post (after its signature has been checked). Only the fields
/// DigestBot uses are decoded; this runs on every command, so it walks the bytes instead of building a
/// dictionary of all of them.
/// </summary>
internal static class SlashCommandForm
{
    public static SlashCommand? Parse(ReadOnlySequence<byte> body)
    {
        ReadOnlySpan<byte> form = body.IsSingleSegment ? body.FirstSpan : body.ToArray();
        string? command = null, text = null, user = null, userName = null, channel = null, team = null, responseUrl = null;
        while (!form.IsEmpty)
        {
            var end = form.IndexOf((byte)'&');
            var pair = end < 0 ? form : form[..end];
            form = end < 0 ? [] : form[(end + 1)..];
            var equals = pair.IndexOf((byte)'=');
            if (equals <= 0)
            {
                continue;
            }

            var key = pair[..equals];
            var value = pair[(equals + 1)..];
            switch (key)
            {
                case var k when k.SequenceEqual("command"u8): command = Decode(value); break;
                case var k when k.SequenceEqual("text"u8): text = Decode(value); break;
                case var k when k.SequenceEqual("user_id"u8): user = Decode(value); break;
                case var k when k.SequenceEqual("user_name"u8): userName = Decode(value); break;
                case var k when k.SequenceEqual("channel_id"u8): channel = Decode(value); break;
                case var k when k.SequenceEqual("team_id"u8): team = Decode(value); break;
                case var k when k.SequenceEqual("response_url"u8): responseUrl = Decode(value); break;
                default: break;
            }
        }

        if (string.IsNullOrEmpty(command) || string.IsNullOrEmpty(channel))
        {
            return null;
        }

        return new SlashCommand
        {
            Command = command,
            Text = text ?? "",
            UserId = user ?? "",
            UserName = userName,
            ChannelId = channel,
            TeamId = team,
            ResponseUrl = responseUrl,
        };
    }

    /// <summary>application/x-www-form-urlencoded: '+' is a space, %XX a UTF-8 byte; malformed escapes stay as sent.</summary>
    private static string Decode(ReadOnlySpan<byte> value)
    {
        if (value.IndexOfAny((byte)'%', (byte)'+') < 0)
        {
            return Encoding.UTF8.GetString(value);
        }

        var bytes = value.Length <= 512 ? stackalloc byte[value.Length] : new byte[value.Length];
        var length = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var b = value[i];
            if (b == '+')
            {
                b = (byte)' ';
            }
            else if (b == '%' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
            {
                b = (byte)((HexValue(value[i + 1]) << 4) | HexValue(value[i + 2]));
                i += 2;
            }

            bytes[length++] = b;
        }

        return Encoding.UTF8.GetString(bytes[..length]);
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
