using System.Buffers;
using System.Text;
using NSec.Cryptography;

namespace DigestBot.Discord.Security;

/// <summary>
/// Checks <c>X-Signature-Ed25519</c> over <c>timestamp || raw body</c> with the application's public key.
/// Every malformed input is simply "not valid": the endpoint answers 401 and Discord's probes expect exactly that.
/// </summary>
internal sealed class InteractionSignatureVerifier
{
    private const int SignatureHexLength = 128;

    // Timestamps are decimal Unix seconds; anything longer is not Discord and need not be copied.
    private const int MaxTimestampLength = 32;

    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;

    private readonly PublicKey _publicKey;

    public InteractionSignatureVerifier(string publicKeyHex)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publicKeyHex);
        _publicKey = PublicKey.Import(Algorithm, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);
    }

    public bool Verify(ReadOnlySpan<char> timestamp, ReadOnlySpan<char> signatureHex, ReadOnlySpan<byte> body)
    {
        // Timestamps are ASCII digits; anything else cannot have been signed by Discord.
        if (timestamp.IsEmpty || timestamp.Length > MaxTimestampLength || !Ascii.IsValid(timestamp))
        {
            return false;
        }

        var length = timestamp.Length + body.Length;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Encoding.ASCII.GetBytes(timestamp, rented);
            body.CopyTo(rented.AsSpan(timestamp.Length));
            return VerifyMessage(rented.AsSpan(0, length), signatureHex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Plain Ed25519 over <paramref name="message"/>: what <see cref="Verify"/> checks after concatenating.</summary>
    public bool VerifyMessage(ReadOnlySpan<byte> message, ReadOnlySpan<char> signatureHex)
    {
        if (signatureHex.Length != SignatureHexLength)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[SignatureHexLength / 2];
        return Convert.FromHexString(signatureHex, signature, out _, out var written) == OperationStatus.Done
            && written == signature.Length
            && Algorithm.Verify(_publicKey, message, signature);
    }
}
