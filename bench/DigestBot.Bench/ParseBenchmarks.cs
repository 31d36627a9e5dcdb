using System.Text;
using BenchmarkDotNet.Attributes;
using DigestBot.Core.Material;
using DigestBot.Core.Material.Extraction;

namespace DigestBot.Bench;

/// <summary>
/// Whole-pipeline parse throughput (ArticleParser.Parse: sentences, people, quotes, figures, summary) over a
/// corpus, one thread. One operation is the whole corpus: MB/s = the megabytes printed at set-up ÷ Mean, and
/// allocations per article = Allocated ÷ the article count printed with it.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private IReadOnlyList<ArticleInput> _articles = [];
    private IReadOnlyList<Sentence>[] _sentences = [];
    private IReadOnlyList<Person>[] _people = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchCorpus.Load();
        _sentences = [.. _articles.Select(a => SentenceSplitter.Split(a.Text))];
        _people = [.. _articles.Select((a, i) => PeopleExtractor.Extract(a.Text, _sentences[i]))];
        var bytes = _articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
        Console.WriteLine($"// corpus: {_articles.Count} articles, {bytes / 1e6:F3} MB");
    }

    [Benchmark]
    public int ParseAllArticles()
    {
        var quotes = 0;
        foreach (var article in _articles)
        {
            quotes += ArticleParser.Parse(article).Quotes.Count;
        }

        return quotes;
    }

    [Benchmark]
    public int PeopleOnly()
    {
        var people = 0;
        for (var i = 0; i < _articles.Count; i++)
        {
            people += PeopleExtractor.Extract(_articles[i].Text, _sentences[i]).Count;
        }

        return people;
    }

    [Benchmark]
    public int QuotesOnly()
    {
        var quotes = 0;
        for (var i = 0; i < _articles.Count; i++)
        {
            quotes += QuoteExtractor.Extract(_articles[i].Text, _sentences[i], _people[i]).Count;
        }

        return quotes;
    }
}
