using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.WebApi;

/// <summary>
/// The Slack Web API methods DigestBot uses, over plain <see cref="HttpClient"/>. Slack answers HTTP 200 even
/// on failure, so <c>ok:false</c> is the failure signal; HTTP 429 (and <c>ratelimited</c>) wait for
/// <c>Retry-After</c> and try again, as do 5xx answers after a growing pause.
/// </summary>
internal sealed class SlackApiClient(
    IHttpClientFactory httpClients,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackApiClient> logger)
{
    public const string HttpClientName = "DigestBot.Slack";

    private static readonly MediaTypeHeaderValue JsonType = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    private readonly SlackOptions _options = options.Value;

    public async Task<SlackApiResponse> PostMessageAsync(SlackMessage message, CancellationToken cancellationToken) =>
        await CallAsync("chat.postMessage", Bot, () => JsonContent.Create(message, SlackJsonContext.Default.SlackMessage, JsonType), cancellationToken);

    public async Task PinAsync(string channel, string timestamp, CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync("pins.add", Bot, () => JsonContent.Create(new PinRequest(channel, timestamp), SlackJsonContext.Default.PinRequest, JsonType), cancellationToken);
        }
        catch (SlackApiException exception) when (exception.Error == SlackErrors.AlreadyPinned)
        {
            // Pinning twice is the outcome the moderator wanted.
        }
    }

    public async Task<SlackUser?> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        // users.info is a read method: it takes form arguments, not JSON.
        var response = await CallAsync("users.info", Bot, () => new FormUrlEncodedContent([new("user", userId)]), cancellationToken);
        return response.User;
    }

    /// <summary>A fresh, single-use WebSocket URL; needed for every Socket Mode (re)connection.</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var response = await CallAsync("apps.connections.open", App, () => new FormUrlEncodedContent([]), cancellationToken);
        return Uri.TryCreate(response.Url, UriKind.Absolute, out var url)
            ? url
            : throw new SlackApiException("apps.connections.open", "invalid_response", null, "Slack:AppToken");
    }

    /// <summary>Posts a late or continued answer to a slash command's response_url (no token: the URL is the credential).</summary>
    public async Task PostToResponseUrlAsync(Uri responseUrl, SlackMessage message, CancellationToken cancellationToken)
    {
        await SendAsync("response_url", responseUrl, null, () => JsonContent.Create(message, SlackJsonContext.Default.SlackMessage, JsonType), expectJson: false, cancellationToken);
    }

    private (string Value, string Key) Bot => (_options.BotToken ?? "", "Slack:BotToken");

    private (string Value, string Key) App => (_options.AppToken ?? "", "Slack:AppToken");

    private Task<SlackApiResponse> CallAsync(string method, (string Value, string Key) token, Func<HttpContent> content, CancellationToken cancellationToken) =>
        SendAsync(method, new Uri(BaseUrl, method), token, content, expectJson: true, cancellationToken);

    private Uri BaseUrl => _options.ApiBaseUrl.AbsoluteUri.EndsWith('/') ? _options.ApiBaseUrl : new Uri(_options.ApiBaseUrl.AbsoluteUri + "/");

    private async Task<SlackApiResponse> SendAsync(
        string method,
        Uri url,
        (string Value, string Key)? token,
        Func<HttpContent> content,
        bool expectJson,
        CancellationToken cancellationToken)
    {
        var tokenKey = token?.Key ?? "the response_url";
        var http = httpClients.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content() };
            if (token is { } bearer)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer.Value);
            }

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException) when (attempt < _options.MaxAttempts)
            {
                var pause = Backoff(attempt);
                Log.ServerError(logger, method, 0, pause, attempt);
                await Task.Delay(pause, time, cancellationToken);
                continue;
            }
            catch (HttpRequestException)
            {
                throw new SlackApiException(method, "network_error", null, tokenKey);
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var pause = RetryAfter(response) ?? TimeSpan.FromSeconds(1);
                    await WaitOrGiveUpAsync(method, SlackErrors.RateLimited, pause, attempt, tokenKey, cancellationToken);
                    continue;
                }

                if ((int)response.StatusCode >= 500)
                {
                    if (attempt >= _options.MaxAttempts)
                    {
                        throw new SlackApiException(method, "http_error", null, tokenKey);
                    }

                    var pause = Backoff(attempt);
                    Log.ServerError(logger, method, (int)response.StatusCode, pause, attempt);
                    await Task.Delay(pause, time, cancellationToken);
                    continue;
                }

                if (!expectJson)
                {
                    return response.IsSuccessStatusCode
                        ? new SlackApiResponse(true)
                        : throw Failed(method, (int)response.StatusCode == 404 ? "expired_url" : $"http_{(int)response.StatusCode}", null, tokenKey);
                }

                var body = response.IsSuccessStatusCode
                    ? await response.Content.ReadFromJsonAsync(SlackJsonContext.Default.SlackApiResponse, cancellationToken)
                    : null;
                if (body is null)
                {
                    throw Failed(method, $"http_{(int)response.StatusCode}", null, tokenKey);
                }

                if (body.Ok)
                {
                    return body;
                }

                var error = body.Error ?? "unknown_error";
                if (error is SlackErrors.RateLimited or "rate_limited")
                {
                    await WaitOrGiveUpAsync(method, error, RetryAfter(response) ?? TimeSpan.FromSeconds(1), attempt, tokenKey, cancellationToken);
                    continue;
                }

                throw Failed(method, error, body.Needed, tokenKey);
            }
        }
    }

    private async Task WaitOrGiveUpAsync(string method, string error, TimeSpan pause, int attempt, string tokenKey, CancellationToken cancellationToken)
    {
        if (attempt >= _options.MaxAttempts)
        {
            throw Failed(method, error, null, tokenKey);
        }

        Log.RateLimited(logger, method, pause, attempt);
        await Task.Delay(pause, time, cancellationToken);
    }

    private SlackApiException Failed(string method, string error, string? needed, string tokenKey)
    {
        Log.ApiError(logger, method, error);
        return new SlackApiException(method, error, needed, tokenKey);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        _ => null,
    };

    private static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, attempt - 1)));
}
