using System.Net.Http.Headers;
using System.Text;
using DigestBot.Slack.Signing;

namespace DigestBot.Slack.Tests.Support;

/// <summary>Builds slash command posts the way Slack does: form-encoded, signed over the exact bytes sent.</summary>
public static class SignedForm
{
    public static string Body(string command, string text, string? responseUrl = null, string userId = "U2CERLKJA") =>
        string.Join('&', new Dictionary<string, string>
        {
            ["token"] = "legacy-verification-token",
            ["team_id"] = "T1DC2JH3J",
            ["team_domain"] = "testteamnow",
            ["channel_id"] = "C0DIGEST",
            ["channel_name"] = "news",
            ["user_id"] = userId,
            ["user_name"] = "roadrunner",
            ["command"] = command,
            ["text"] = text,
            ["response_url"] = responseUrl ?? "https://hooks.slack.invalid/commands/T1/1/x",
            ["trigger_id"] = "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

    public static HttpRequestMessage Request(Uri baseAddress, string body, long timestamp, string? signature = null, string secret = SlackApp.SigningSecret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, "/slack/commands"))
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var stamp = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Add("X-Slack-Request-Timestamp", stamp);
        request.Headers.Add("X-Slack-Signature", signature ?? new SlackSignatureVerifier(secret, TimeProvider.System).Sign(stamp, bytes));
        return request;
    }
}
