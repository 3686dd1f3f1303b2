namespace GitOpsGateway.Sources.Git.Tests;

public sealed class RetryBackoffTests
{
    [Fact]
    public void without_jitter_delays_double_up_to_the_cap()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), seed: 7, jitterFraction: 0);

        Assert.Equal(
            [1, 2, 4, 8, 10, 10],
            Enumerable.Range(1, 6).Select(attempt => backoff.DelayFor(attempt).TotalSeconds));
    }

    [Fact]
    public void the_same_seed_gives_the_same_schedule_and_other_seeds_differ()
    {
        var first = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), seed: 42);
        var again = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), seed: 42);
        var other = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), seed: 43);

        var schedule = Enumerable.Range(1, 12).Select(first.DelayFor).ToArray();

        Assert.Equal(schedule, Enumerable.Range(1, 12).Select(again.DelayFor));
        Assert.NotEqual(schedule, Enumerable.Range(1, 12).Select(other.DelayFor));
    }

    [Fact]
    public void jitter_only_shortens_a_delay_by_at_most_its_fraction()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), seed: 1, jitterFraction: 0.25);
        var plain = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), seed: 1, jitterFraction: 0);

        foreach (var attempt in Enumerable.Range(1, 200))
        {
            var delay = backoff.DelayFor(attempt);
            var ceiling = plain.DelayFor(attempt);
            Assert.InRange(delay, ceiling * 0.75, ceiling);
        }

        Assert.True(Enumerable.Range(1, 200).Select(backoff.DelayFor).Distinct().Count() > 100);
    }

    [Fact]
    public void a_huge_attempt_number_stays_at_the_cap()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5), seed: 3, jitterFraction: 0);

        Assert.Equal(TimeSpan.FromMinutes(5), backoff.DelayFor(int.MaxValue));
    }

    [Fact]
    public void source_backoff_is_seeded_by_a_name_hash_that_is_stable_across_processes()
    {
        Assert.Equal(RetryBackoff.StableSeed("edge"), RetryBackoff.ForSource("edge").Seed);
        Assert.Equal(unchecked((int)0x811C9DC5), RetryBackoff.StableSeed(string.Empty));
        Assert.Equal(unchecked((int)0xE40C292C), RetryBackoff.StableSeed("a"));
        Assert.Equal(TimeSpan.FromMinutes(5), RetryBackoff.ForSource("edge").MaxDelay);
    }

    [Fact]
    public void invalid_settings_and_attempts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryBackoff(TimeSpan.Zero, TimeSpan.FromSeconds(1), seed: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), seed: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), seed: 0, multiplier: 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), seed: 0, jitterFraction: 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryBackoff.ForSource("edge").DelayFor(0));
    }
}
