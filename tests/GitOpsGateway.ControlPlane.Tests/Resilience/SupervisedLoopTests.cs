using System.Net.Sockets;
using GitOpsGateway.ControlPlane.Resilience;
using GitOpsGateway.Sources.Git;
using GitOpsGateway.Testing.Logging;
using Marten.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace GitOpsGateway.ControlPlane.Tests.Resilience;

public sealed class SupervisedLoopTests
{
    private static readonly RetryBackoff Quick = new(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(4), seed: 7);

    [Fact]
    public async Task transient_failures_are_retried_and_reported_until_the_body_reaches_its_dependency()
    {
        var outages = new DependencyOutages();
        var logger = new RecordingLogger();
        var loop = new SupervisedLoop("feed", Dependency.Database, outages, logger, Quick);
        var attempts = 0;
        string? whileDown = null;

        await loop.RunAsync(_ =>
        {
            attempts++;
            if (attempts <= 3)
            {
                whileDown = outages.WhyNotReady();
                throw MartenWrapped(new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)));
            }

            whileDown = outages.WhyNotReady();
            loop.Healthy();
            return Task.CompletedTask;
        }, TestContext.Current.CancellationToken);

        Assert.Equal(4, attempts);
        Assert.NotNull(whileDown);
        Assert.StartsWith("Waiting for the database: unreachable since ", whileDown, StringComparison.Ordinal);
        Assert.Contains("(feed); last error at ", whileDown, StringComparison.Ordinal);
        Assert.Contains("Failed to connect to 127.0.0.1:5432", whileDown, StringComparison.Ordinal);
        Assert.Null(outages.WhyNotReady());
        Assert.Equal((3, 1), (logger.CountOf(3090), logger.CountOf(3091)));
    }

    [Fact]
    public async Task a_failure_retrying_cannot_fix_faults_the_loop_at_once()
    {
        var outages = new DependencyOutages();
        var logger = new RecordingLogger();
        var loop = new SupervisedLoop("feed", Dependency.Database, outages, logger, Quick);
        var attempts = 0;

        var failure = await Assert.ThrowsAsync<MartenCommandException>(() => loop.RunAsync(_ =>
        {
            attempts++;
            throw MartenWrapped(new PostgresException("relation \"mt_doc_x\" does not exist", "ERROR", "ERROR", PostgresErrorCodes.UndefinedTable));
        }, TestContext.Current.CancellationToken));

        Assert.Equal(1, attempts);
        Assert.IsType<PostgresException>(failure.InnerException);
        Assert.Equal(1, logger.CountOf(3092));
        Assert.Null(outages.WhyNotReady());
    }

    [Fact]
    public void a_git_outage_leaves_the_process_ready_and_is_listed_as_degraded()
    {
        var outages = new DependencyOutages();
        outages.Failed("source shop", Dependency.Git, "no route to host");
        outages.Failed("source shop", Dependency.Git, "no route to host");

        Assert.Null(outages.WhyNotReady());
        var degraded = Assert.Single(outages.Degraded());
        Assert.StartsWith("source shop: Git unreachable since ", degraded, StringComparison.Ordinal);
        Assert.EndsWith("(2 failures): no route to host", degraded, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_host_whose_background_service_faulted_exits_non_zero_and_a_stopped_one_exits_zero()
    {
        Assert.Equal(HostedServiceFaults.FaultedExitCode, await RunHostAsync(new Faulting()));
        Assert.Equal(0, await RunHostAsync(new Idle()));
    }

    private static async Task<int> RunHostAsync(BackgroundService service)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IHostedService>(service);
        using var host = builder.Build();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        var faults = HostedServiceFaults.Watch(host.Services);
        await host.RunAsync(timeout.Token);
        return faults.ExitCode();
    }

    private static MartenCommandException MartenWrapped(Exception inner)
    {
        using var command = new NpgsqlCommand("select data from mt_doc_activeversion");
        return new MartenCommandException(command, inner);
    }

    private sealed class Faulting : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("a defect");
        }
    }

    private sealed class Idle : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Delay(Timeout.Infinite, stoppingToken);
    }
}
