using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DigestBot.Discord.Configuration;
using DigestBot.Discord.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Discord.Rest;

/// <summary>
/// The few Discord REST calls DigestBot makes. Bot routes carry <c>Authorization: Bot …</c>; interaction
/// routes are authorised by the interaction token in the path and carry none. Rate limiting happens in
/// <see cref="DiscordRateLimitHandler"/> underneath.
/// </summary>
internal sealed class DiscordRestClient(IHttpClientFactory httpClientFactory, IOptions<DiscordOptions> options, ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "DigestBot.Discord";

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public Task BulkOverwriteCommandsAsync(ulong? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken)
    {
        var application = options.Value.ApplicationId;
        var path = guildId is { } guild
            ? $"applications/{application}/guilds/{guild}/commands"
            : $"applications/{application}/commands";
        return SendAsync(HttpMethod.Put, path, commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand, authorize: true, cancellationToken);
    }

    public async Task<CreatedMessage> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, $"channels/{Id(channelId)}/messages", message, DiscordJsonContext.Default.DiscordMessage, authorize: true, cancellationToken);
        return await ReadAsync(response, DiscordJsonContext.Default.CreatedMessage, cancellationToken);
    }

    public async Task PinMessageAsync(string channelId, string messageId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync<DiscordMessage>(HttpMethod.Put, $"channels/{Id(channelId)}/messages/pins/{Id(messageId)}", null, null, authorize: true, cancellationToken);
    }

    /// <summary>The initial response for a gateway interaction (HTTP interactions answer inline instead).</summary>
    public async Task CreateInteractionResponseAsync(string interactionId, string token, byte[] responseJson, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"interactions/{Id(interactionId)}/{Uri.EscapeDataString(token)}/callback")
        {
            Content = new ByteArrayContent(responseJson) { Headers = { ContentType = Json } },
        };
        using var response = await SendCheckedAsync(request, cancellationToken);
    }

    public async Task EditOriginalResponseAsync(string token, DiscordMessage message, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Patch, $"webhooks/{options.Value.ApplicationId}/{Uri.EscapeDataString(token)}/messages/@original", message, DiscordJsonContext.Default.DiscordMessage, authorize: false, cancellationToken);
    }

    public async Task<CreatedMessage> CreateFollowupAsync(string token, DiscordMessage message, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, $"webhooks/{options.Value.ApplicationId}/{Uri.EscapeDataString(token)}", message, DiscordJsonContext.Default.DiscordMessage, authorize: false, cancellationToken);
        return await ReadAsync(response, DiscordJsonContext.Default.CreatedMessage, cancellationToken);
    }

    public async Task<Uri> GetGatewayUrlAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync<DiscordMessage>(HttpMethod.Get, "gateway/bot", null, null, authorize: true, cancellationToken);
        var info = await ReadAsync(response, DiscordJsonContext.Default.GatewayBotInfo, cancellationToken);
        return new Uri(info.Url);
    }

    private async Task<HttpResponseMessage> SendAsync<T>(HttpMethod method, string path, T? body, JsonTypeInfo<T>? type, bool authorize, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null && type is not null)
        {
            // Bytes, not a stream: the rate-limit handler may have to send the same request again.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, type)) { Headers = { ContentType = Json } };
        }

        if (authorize)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.Token);
        }

        return await SendCheckedAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendCheckedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var error = await ReadErrorAsync(response, cancellationToken);
            var route = RestRoute.Of(request.Method, request.RequestUri!.IsAbsoluteUri ? request.RequestUri : new Uri(client.BaseAddress!, request.RequestUri));
            Log.RequestRefused(logger, request.Method.Method, route.Template, (int)response.StatusCode, error.Code, error.Message ?? "");
            throw new DiscordApiException(response.StatusCode, error.Code, error.Message ?? response.ReasonPhrase ?? "no message");
        }
    }

    private static async Task<DiscordErrorBody> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return (bytes.Length > 0 ? JsonSerializer.Deserialize(bytes, DiscordJsonContext.Default.DiscordErrorBody) : null) ?? new DiscordErrorBody();
        }
        catch (JsonException)
        {
            return new DiscordErrorBody();
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return JsonSerializer.Deserialize(bytes, type) ?? throw new JsonException($"Discord returned an empty {typeof(T).Name}.");
    }

    /// <summary>Snowflakes only: an id from outside must not be able to change the route.</summary>
    private static string Id(string id) =>
        id.Length is > 0 and <= 20 && id.All(char.IsAsciiDigit) ? id : throw new ArgumentException($"“{id}” is not a Discord id.", nameof(id));
}
