using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace DigestBot.Slack.Signing;

/// <summary>
/// Slack's v0 request signature: <c>v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + raw body))</c>,
/// accepted only within five minutes of now (either side, as the Python SDK does) so a captured request
/// cannot be replayed later.
/// </summary>
internal sealed class SlackSignatureVerifier
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const string Prefix = "v0=";
    private const int HexLength = 64;

    private readonly byte[] _secret;
    private readonly TimeProvider _time;

    public SlackSignatureVerifier(string signingSecret, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        // The secret is used as its UTF-8 text, not hex-decoded (see the official vector).
        _secret = Encoding.UTF8.GetBytes(signingSecret);
        _time = time;
    }

    public SignatureCheck Verify(string? timestamp, string? signature, ReadOnlySequence<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.MissingHeaders;
        }

        if (timestamp.Length > 19 || !long.TryParse(timestamp, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.BadTimestamp;
        }

        var age = _time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (age > Window.TotalSeconds || age < -Window.TotalSeconds)
        {
            return SignatureCheck.Stale;
        }

        if (!signature.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return SignatureCheck.UnknownVersion;
        }

        if (signature.Length != Prefix.Length + HexLength)
        {
            return SignatureCheck.Mismatch;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Compute(timestamp, body, expected);

        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (Convert.FromHexString(signature.AsSpan(Prefix.Length), given, out _, out var written) != OperationStatus.Done
            || written != given.Length)
        {
            return SignatureCheck.Mismatch;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The header value Slack would send; tests and the load script sign with this.</summary>
    public string Sign(string timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Compute(timestamp, new ReadOnlySequence<byte>(body.ToArray()), mac);
        return Prefix + Convert.ToHexStringLower(mac);
    }

    // One-shot HMAC over a pooled "v0:{timestamp}:{body}" buffer: no per-request hasher objects.
    private void Compute(string timestamp, ReadOnlySequence<byte> body, Span<byte> destination)
    {
        var length = 3 + timestamp.Length + 1 + checked((int)body.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            "v0:"u8.CopyTo(buffer);
            var written = 3 + Encoding.ASCII.GetBytes(timestamp, buffer.AsSpan(3));
            buffer[written++] = (byte)':';
            body.CopyTo(buffer.AsSpan(written));
            HMACSHA256.HashData(_secret, buffer.AsSpan(0, length), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
