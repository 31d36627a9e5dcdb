using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace DigestBot.Host.Tests;

/// <summary>Asks a running host a slash command the way Slack would: a signed form POST.</summary>
internal sealed class SlackAsker(string baseUrl, string signingSecret) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseUrl) };

    public async Task<bool> IsReadyAsync()
    {
        try
        {
            return (await _http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public async Task<string> AskAsync(string command, string text)
    {
        var body = $"command={Uri.EscapeDataString(command)}&text={Uri.EscapeDataString(text)}&user_id=U1&user_name=tester&channel_id=C1&team_id=T1&response_url={Uri.EscapeDataString("http://127.0.0.1:9/unused")}";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/commands") { Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        using var response = await _http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    public void Dispose() => _http.Dispose();
}
