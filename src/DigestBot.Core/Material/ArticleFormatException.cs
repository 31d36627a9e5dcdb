namespace DigestBot.Core.Material;

/// <summary>Raised when material cannot be read as an article; the message says what is wrong and where.</summary>
public sealed class ArticleFormatException(string message) : Exception(message);
