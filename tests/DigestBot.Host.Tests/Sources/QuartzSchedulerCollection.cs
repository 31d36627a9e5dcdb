namespace DigestBot.Host.Tests.Sources;

/// <summary>
/// Quartz keeps schedulers in a process-wide repository by name, and every host names its scheduler
/// "DigestBot"; tests that run the scheduler therefore run alone.
/// </summary>
[CollectionDefinition(nameof(QuartzSchedulerCollection), DisableParallelization = true)]
public sealed class QuartzSchedulerCollection;
