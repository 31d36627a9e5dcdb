using System.Text;
using DigestBot.Discord.Security;
using DigestBot.Discord.Tests.Fakes;

namespace DigestBot.Discord.Tests.Security;

public sealed class InteractionSignatureVerifierTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void VerifyMessage_Rfc8032Vector_IsValid(int index)
    {
        var vector = Vectors.Rfc8032(index);
        var verifier = new InteractionSignatureVerifier(vector.GetProperty("public_key_hex").GetString()!);
        var message = Convert.FromHexString(vector.GetProperty("message_hex").GetString()!);

        Assert.True(verifier.VerifyMessage(message, vector.GetProperty("signature_hex").GetString()!));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void VerifyMessage_Rfc8032VectorWithFlippedBit_IsInvalid(int index)
    {
        var vector = Vectors.Rfc8032(index);
        var signature = Convert.FromHexString(vector.GetProperty("signature_hex").GetString()!);
        signature[5] ^= 0x01;
        var verifier = new InteractionSignatureVerifier(vector.GetProperty("public_key_hex").GetString()!);
        var message = Convert.FromHexString(vector.GetProperty("message_hex").GetString()!);

        Assert.False(verifier.VerifyMessage(message, Convert.ToHexStringLower(signature)));
    }

    [Fact]
    public void Verify_CapturedDiscordRequest_IsValid()
    {
        var (timestamp, signature, body) = Vectors.DiscordValid;
        var verifier = new InteractionSignatureVerifier(Vectors.DiscordPublicKey);

        Assert.True(verifier.Verify(timestamp, signature, Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Verify_CapturedBadPing_IsInvalid()
    {
        var (timestamp, signature, body) = Vectors.DiscordInvalidPing;
        var verifier = new InteractionSignatureVerifier(Vectors.DiscordPublicKey);

        Assert.False(verifier.Verify(timestamp, signature, Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Verify_AlteredBody_IsInvalid()
    {
        var (timestamp, signature, body) = Vectors.DiscordValid;
        var verifier = new InteractionSignatureVerifier(Vectors.DiscordPublicKey);

        Assert.False(verifier.Verify(timestamp, signature, Encoding.UTF8.GetBytes(body.Replace("\"ping\"", "\"pong\"", StringComparison.Ordinal))));
    }

    [Fact]
    public void Verify_AlteredTimestamp_IsInvalid()
    {
        var (_, signature, body) = Vectors.DiscordValid;
        var verifier = new InteractionSignatureVerifier(Vectors.DiscordPublicKey);

        Assert.False(verifier.Verify("1643807577", signature, Encoding.UTF8.GetBytes(body)));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("1643807576", "")]
    [InlineData("1643807576", "zz")]
    [InlineData("", "8c2ab29e050c536763c97d41bd022e272d5bb0a9be674ed55a12a620c50b21d8634299f5578007f297ba97cc17204cc5336b47a01c118e7c58055081402eb504")]
    [InlineData("1643807576", "8c2ab29e050c536763c97d41bd022e272d5bb0a9be674ed55a12a620c50b21d8634299f5578007f297ba97cc17204cc5336b47a01c118e7c58055081402eb5")]
    [InlineData("1643807576", "xx2ab29e050c536763c97d41bd022e272d5bb0a9be674ed55a12a620c50b21d8634299f5578007f297ba97cc17204cc5336b47a01c118e7c58055081402eb504")]
    [InlineData("16438075é6", "8c2ab29e050c536763c97d41bd022e272d5bb0a9be674ed55a12a620c50b21d8634299f5578007f297ba97cc17204cc5336b47a01c118e7c58055081402eb504")]
    public void Verify_MissingOrMalformedHeaders_IsInvalid(string timestamp, string signature)
    {
        var (_, _, body) = Vectors.DiscordValid;
        var verifier = new InteractionSignatureVerifier(Vectors.DiscordPublicKey);

        Assert.False(verifier.Verify(timestamp, signature, Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void Verify_RequestSignedByTestSigner_IsValid()
    {
        using var signer = new TestSigner();
        var verifier = new InteractionSignatureVerifier(signer.PublicKeyHex);

        Assert.True(verifier.Verify("1700000000", signer.Sign("1700000000", "{\"type\":1}"), "{\"type\":1}"u8));
    }
}
