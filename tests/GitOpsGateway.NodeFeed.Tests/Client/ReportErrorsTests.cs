using GitOpsGateway.NodeFeed.Client;
using GitOpsGateway.NodeFeed.Server;

namespace GitOpsGateway.NodeFeed.Tests.Client;

public sealed class ReportErrorsTests
{
    [Fact]
    public void thousands_of_errors_are_cut_to_what_the_control_plane_accepts_and_the_cut_is_said()
    {
        var errors = Enumerable.Range(1, 3000).Select(index => $"error {index}: " + new string('x', index)).ToList();

        var capped = ReportErrors.Cap(errors);

        Assert.Equal(ReportErrors.MaxErrors, capped.Count);
        Assert.Equal($"… and {3000 - ReportErrors.MaxErrors + 1} more errors.", capped[^1]);
        Assert.All(capped, error => Assert.InRange(error.Length, 1, ReportEndpoint.MaxErrorLength));
        Assert.True(ReportErrors.MaxErrors <= ReportEndpoint.MaxErrors);
    }

    [Fact]
    public void a_few_short_errors_pass_unchanged()
    {
        string[] errors = ["listener http: port 80 is taken", "certificate missing"];

        Assert.Equal(errors, ReportErrors.Cap(errors));
    }
}
