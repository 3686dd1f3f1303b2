using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Routing.Decisions;
using GitOpsGateway.Routing.Headers;
using static GitOpsGateway.Routing.Tests.Ir;

namespace GitOpsGateway.Routing.Tests.Decisions;

public sealed class ForwardTests
{
    [Fact]
    public void A_forward_carries_everything_the_rule_configures()
    {
        var requestModifier = new RequestHeaderModifierFilter { Set = [new HttpHeader { Name = "X-Env", Value = "prod" }] };
        var responseModifier = new ResponseHeaderModifierFilter { Remove = ["Server"] };
        var mirror = new RequestMirrorFilter { ClusterId = "apps/shadow:8080", Fraction = new MirrorFraction { Numerator = 5 } };
        var cors = new CorsFilter { AllowOrigins = ["https://a.example.com"], AllowMethods = ["GET"] };
        var timeouts = new RouteTimeouts { Request = TimeSpan.FromSeconds(10) };
        var retry = new RetryPolicy { Codes = [503], Attempts = 2 };
        var rule = Prefix("shop", "/", requestModifier, mirror, responseModifier, cors) with
        {
            Backends = [To("apps/v1:8080", 90), To("apps/v2:8080", 10)],
            Timeouts = timeouts,
            Retry = retry,
        };

        var forward = CompiledRouter.Build(Rules(rule)).As<Forward>(Requests.Http("shop.example.com", "/cart"));

        Assert.Equal(rule.Provenance, forward.Rule);
        Assert.Equal(rule.Backends, forward.Backends);
        Assert.Null(forward.Chosen);
        Assert.Equal(requestModifier, Assert.Single(forward.RequestHeaderModifiers));
        Assert.Equal(responseModifier, Assert.Single(forward.ResponseHeaderModifiers));
        Assert.Equal(mirror, Assert.Single(forward.Mirrors));
        Assert.Equal(cors, forward.Cors);
        Assert.Equal(timeouts, forward.Timeouts);
        Assert.Equal(retry, forward.Retry);
    }

    [Fact]
    public void A_fixed_response_answers_directly()
    {
        var rule = Prefix("broken", "/") with
        {
            Backends = [new InvalidBackend { Weight = 1, Reason = "RefNotPermitted" }],
            FixedResponse = new FixedResponse { StatusCode = 500, Reason = "all backends invalid" },
        };

        var response = CompiledRouter.Build(Rules(rule)).As<DirectResponse>(Requests.Http("h"));

        Assert.Equal(500, response.StatusCode);
        Assert.Equal("all backends invalid", response.Reason);
        Assert.Equal("broken", response.Rule.Name);
    }

    [Fact]
    public void A_rule_without_backends_or_redirect_answers_500()
    {
        var rule = Prefix("empty", "/", new RequestHeaderModifierFilter { Remove = ["X-A"] }) with { Backends = [] };

        Assert.Equal(500, CompiledRouter.Build(Rules(rule)).As<DirectResponse>(Requests.Http("h")).StatusCode);
    }

    [Fact]
    public void Choosing_a_backend_without_filters_keeps_the_rule_level_request()
    {
        var rule = Prefix("r", "/", new UrlRewriteFilter { Hostname = "internal" }) with { Backends = [To("apps/a:8080"), To("apps/b:8080")] };
        var forward = CompiledRouter.Build(Rules(rule)).As<Forward>(Requests.Http("h", "/x"));

        var chosen = Assert.IsType<Forward>(forward.Choose(0.75));

        Assert.Equal("apps/b:8080", chosen.Chosen?.ClusterId);
        Assert.Equal(forward with { Chosen = chosen.Chosen }, chosen);
    }

    [Fact]
    public void A_backend_s_own_filters_apply_after_the_rule_s()
    {
        var ruleModifier = new RequestHeaderModifierFilter { Set = [new HttpHeader { Name = "X-Tier", Value = "rule" }] };
        var backendModifier = new RequestHeaderModifierFilter { Set = [new HttpHeader { Name = "X-Tier", Value = "backend" }] };
        var backendRewrite = new UrlRewriteFilter
        {
            Path = new PathModifier { Type = PathModifierType.ReplacePrefixMatch, Value = "/v2", MatchedPrefix = "/api" },
        };
        var rule = Prefix("r", "/api", ruleModifier, new UrlRewriteFilter { Hostname = "internal" }) with
        {
            Backends = [new ClusterBackend { ClusterId = "apps/v2:8080", Weight = 1, Filters = [backendModifier, backendRewrite] }],
        };
        var forward = CompiledRouter.Build(Rules(rule)).As<Forward>(Requests.Http("h", "/api/users"));

        var chosen = Assert.IsType<Forward>(forward.ForBackend(0));
        var headers = new HeaderCollection { { "X-Tier", "client" } };
        HeaderMutation.Apply(chosen.RequestHeaderModifiers, headers);

        Assert.Equal("/api/users", forward.Path);
        Assert.Equal("/v2/users", chosen.Path);
        Assert.Equal("internal", chosen.Host);
        Assert.Equal([ruleModifier, backendModifier], chosen.RequestHeaderModifiers);
        Assert.True(headers.TryGetValue("x-tier", out var tier));
        Assert.Equal("backend", tier);
    }

    [Fact]
    public void A_backend_s_redirect_answers_when_that_backend_is_chosen()
    {
        var rule = Prefix("r", "/") with
        {
            Backends =
            [
                To("apps/a:8080"),
                new ClusterBackend { ClusterId = "apps/b:8080", Weight = 1, Filters = [new RequestRedirectFilter { Hostname = "moved.example.org" }] },
            ],
        };
        var forward = CompiledRouter.Build(Rules(rule)).As<Forward>(Requests.Http("h", "/x"));

        Assert.IsType<Forward>(forward.ForBackend(0));
        Assert.Equal("http://moved.example.org/x", Assert.IsType<Redirect>(forward.ForBackend(1)).Location);
    }

    [Fact]
    public void A_forward_built_outside_the_router_cannot_resolve_backends()
    {
        var forward = new Forward
        {
            ListenerName = "l",
            Rule = Provenance("r"),
            Backends = [To("apps/a:8080")],
            Path = "/",
            Query = "",
            Host = "h",
        };

        Assert.Throws<InvalidOperationException>(() => forward.Choose(0.1));
    }
}
