using System.Buffers;
using System.Net;
using Microsoft.Extensions.Options;

namespace DigestBot.Host.Sources;

/// <summary>
/// Fetches one URL like a good citizen: conditional GET, redirects followed by hand (each hop connects
/// through <see cref="AddressGuard"/> again), per-host concurrency, one time limit for the whole exchange,
/// text content types only, and reading stops at <c>Sources:MaxResponseBytes</c>. Every refusal is a
/// <see cref="SourceFetchException"/> whose message says what to fix.
/// </summary>
internal sealed class WebFetcher(IHttpClientFactory clients, HostGate hosts, IOptions<SourcesOptions> options, TimeProvider time)
{
    public const string ClientName = "DigestBot.Sources";
    private const int ChunkSize = 64 * 1024;

    public async Task<FetchResult> FetchAsync(Uri url, FetchValidators validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(validators);
        var limits = options.Value;
        using var deadline = new CancellationTokenSource(limits.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await FetchCoreAsync(url, validators, limits, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new SourceFetchException($"no complete answer within {limits.Timeout} (Sources:Timeout)");
        }
        catch (IOException exception)
        {
            throw new SourceFetchException($"connection failed while reading: {exception.Message}", exception);
        }
        catch (HttpRequestException exception)
        {
            // The connect step's own refusal (a private address) arrives wrapped; show it as it was said.
            throw exception.InnerException is SourceFetchException refusal
                ? new SourceFetchException(refusal.Message, exception)
                : new SourceFetchException($"request failed: {exception.Message}", exception);
        }
    }

    private async Task<FetchResult> FetchCoreAsync(Uri url, FetchValidators validators, SourcesOptions limits, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(ClientName);
        var current = url;
        for (var hop = 0; ; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
            {
                throw new SourceFetchException($"redirected to {current.Scheme}: URL {current}; only http and https are fetched");
            }

            using var lease = await hosts.EnterAsync(current.Host, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.8, */*;q=0.1");
            if (validators.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (validators.LastModified is { } lastModified)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (IsRedirect(response.StatusCode))
            {
                if (hop >= limits.MaxRedirects)
                {
                    throw new SourceFetchException($"more than {limits.MaxRedirects} redirects (Sources:MaxRedirects); last to {current}");
                }

                var location = response.Headers.Location
                    ?? throw new SourceFetchException($"HTTP {(int)response.StatusCode} redirect from {current} without a Location header");
                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }

            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(true, [], null, null, current, validators);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SourceFetchException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase} from {current}");
            }

            var contentType = response.Content.Headers.ContentType;
            if (!IsText(contentType?.MediaType))
            {
                throw new SourceFetchException($"content type {contentType?.MediaType} is not text, a feed or a web page; refused");
            }

            var body = await ReadLimitedAsync(response, limits.MaxResponseBytes, cancellationToken);
            var next = new FetchValidators(
                response.Headers.ETag?.ToString() ?? validators.ETag,
                response.Content.Headers.LastModified?.ToString("R") ?? validators.LastModified);
            return new FetchResult(false, body, contentType?.MediaType, contentType?.CharSet, current, next);
        }
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpResponseMessage response, long maxBytes, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            throw new SourceFetchException($"response of {declared:N0} bytes is more than Sources:MaxResponseBytes ({maxBytes:N0}); refused");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                // Counted after decompression, so a small gzip bomb is stopped like a large body.
                if (buffer.Length + read > maxBytes)
                {
                    throw new SourceFetchException($"response is more than Sources:MaxResponseBytes ({maxBytes:N0} bytes); stopped reading and refused");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static bool IsText(string? mediaType)
    {
        // No declared type is read and judged by its content; a declared non-text type is refused unread.
        if (mediaType is null)
        {
            return true;
        }

        var type = mediaType.ToLowerInvariant();
        return type.StartsWith("text/", StringComparison.Ordinal)
            || type is "application/xml" or "application/json" or "application/xhtml+xml"
            || type.EndsWith("+xml", StringComparison.Ordinal)
            || type.EndsWith("+json", StringComparison.Ordinal);
    }
}
