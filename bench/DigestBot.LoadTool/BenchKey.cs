using NSec.Cryptography;

namespace DigestBot.LoadTool;

/// <summary>
/// The load test signs with RFC 8032's published TEST 1 key, so the host's Discord:PublicKey is a known,
/// non-secret value (d75a9801…511a) and runs are reproducible.
/// </summary>
internal static class BenchKey
{
    public const string PublicKeyHex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private const string SecretSeedHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

    public static Key Create() => Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(SecretSeedHex), KeyBlobFormat.RawPrivateKey);
}
