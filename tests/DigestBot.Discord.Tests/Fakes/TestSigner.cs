using System.Text;
using NSec.Cryptography;

namespace DigestBot.Discord.Tests.Fakes;

/// <summary>Plays Discord: a fresh Ed25519 key pair that signs timestamp + body like Discord does.</summary>
internal sealed class TestSigner : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.None });

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public string Sign(string timestamp, string body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body)));

    public void Dispose() => _key.Dispose();
}
