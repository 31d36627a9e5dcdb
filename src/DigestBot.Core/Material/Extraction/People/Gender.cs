namespace DigestBot.Core.Material.Extraction.People;

/// <summary>What a pronoun may refer to; <see cref="Unknown"/> agrees with both "he" and "she".</summary>
internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}
