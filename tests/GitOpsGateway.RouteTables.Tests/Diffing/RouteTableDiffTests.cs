using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.RouteTables.Diffing;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.RouteTables.Tests.Diffing;

public sealed class RouteTableDiffTests
{
    private const string CheckoutKey = "http:80 shop.example.com HTTPRoute shop/shop rule 0 match 1";

    private static readonly RouteTable Before = SampleTables.Full();

    [Fact]
    public void Equal_tables_have_no_changes()
    {
        Assert.Empty(RouteTableDiff.Compare(Before, SampleTables.Full()));
    }

    [Fact]
    public void A_weight_change_is_one_backend_change_showing_old_and_new_weights()
    {
        var after = Before.MapRules("shop", rule => rule.Provenance.RuleIndex == 0
            ? rule with { Backends = [((ClusterBackend)rule.Backends[0]) with { Weight = 50 }, .. rule.Backends.Skip(1)] }
            : rule);

        var change = Assert.Single(RouteTableDiff.Compare(Before, after));

        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal(ChangeSubject.RuleBackends, change.Subject);
        Assert.Equal(CheckoutKey, change.Key);
        Assert.Equal(
            $"backends of rule {CheckoutKey} changed: shop/shop-v2:8080=90, shop/echo:8080=0, invalid(BackendNotFound)=10 -> " +
            "shop/shop-v2:8080=50, shop/echo:8080=0, invalid(BackendNotFound)=10",
            change.Description);
    }

    [Fact]
    public void Rules_added_and_removed_are_keyed_by_host_and_provenance()
    {
        var after = Before.MapHosts(host => host.Hostname == "*"
            ? host with { Rules = [SampleTables.PrefixRule("new", "/new", SampleTables.To("shop/echo:8080"))] }
            : host);

        var changes = RouteTableDiff.Compare(Before, after);

        Assert.Equal(
            [
                "rule http:80 * HTTPRoute shop/echo rule 0 match 0 removed: PathPrefix / to shop/echo:8080=1",
                "rule http:80 * HTTPRoute shop/new rule 0 match 0 added: PathPrefix /new to shop/echo:8080=1",
            ],
            changes.Select(change => change.Description));
        Assert.Equal([ChangeKind.Removed, ChangeKind.Added], changes.Select(change => change.Kind));
    }

    [Fact]
    public void Rule_and_backend_filter_changes_are_one_filter_change()
    {
        var after = Before.MapRules("shop", rule => rule.Provenance.RuleIndex == 0
            ? rule with
            {
                Filters = [.. rule.Filters.Take(2)],
                Backends = [((ClusterBackend)rule.Backends[0]) with { Filters = [] }, .. rule.Backends.Skip(1)],
            }
            : rule);

        var change = Assert.Single(RouteTableDiff.Compare(Before, after));

        Assert.Equal(ChangeSubject.RuleFilters, change.Subject);
        Assert.Equal(
            $"filters of rule {CheckoutKey} changed: " +
            "rule filters RequestHeaderModifier, RequestMirror(shop/echo:8080), CORS -> RequestHeaderModifier, RequestMirror(shop/echo:8080); " +
            "backend filters ResponseHeaderModifier | none | none -> none | none | none",
            change.Description);
    }

    [Fact]
    public void A_rule_gaining_a_backend_without_filters_is_only_a_backend_change()
    {
        var after = Before.MapHosts(host => host.Hostname == "*"
            ? host with { Rules = [.. host.Rules.Select(rule => rule with { Backends = [.. rule.Backends, SampleTables.To("shop/shop-v2:8080")] })] }
            : host);

        var change = Assert.Single(RouteTableDiff.Compare(Before, after));

        Assert.Equal((ChangeKind.Changed, ChangeSubject.RuleBackends), (change.Kind, change.Subject));
        Assert.Equal(
            "backends of rule http:80 * HTTPRoute shop/echo rule 0 match 0 changed: shop/echo:8080=1 -> shop/echo:8080=1, shop/shop-v2:8080=1",
            change.Description);
    }

    [Fact]
    public void A_rule_gaining_its_first_backend_is_only_a_backend_change()
    {
        var after = Before.MapHosts(host => host.Hostname == "*"
            ? host with { Rules = [.. host.Rules.Select(rule => rule with { Backends = [] })] }
            : host);

        var change = Assert.Single(RouteTableDiff.Compare(after, Before));

        Assert.Equal((ChangeKind.Changed, ChangeSubject.RuleBackends), (change.Kind, change.Subject));
    }

    [Fact]
    public void A_filter_whose_content_changed_is_reported_even_when_its_type_did_not()
    {
        var after = Before.MapRules("shop", rule => rule.Provenance.RuleIndex == 0
            ? rule with { Filters = [new RequestHeaderModifierFilter { Remove = ["x-other"] }, .. rule.Filters.Skip(1)] }
            : rule);

        var change = Assert.Single(RouteTableDiff.Compare(Before, after));

        Assert.Equal(ChangeSubject.RuleFilters, change.Subject);
        Assert.EndsWith("rule filters changed (RequestHeaderModifier, RequestMirror(shop/echo:8080), CORS)", change.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_timeouts_and_fixed_responses_are_reported_on_the_rule()
    {
        var after = Before.MapRules("shop", rule => rule.Provenance.RuleIndex == 2
            ? rule with
            {
                Match = rule.Match with { Path = new PathMatch { Type = PathMatchType.PathPrefix, Value = "/shop" } },
                FixedResponse = null,
                Timeouts = new RouteTimeouts { Request = TimeSpan.FromSeconds(1) },
            }
            : rule);

        var change = Assert.Single(RouteTableDiff.Compare(Before, after));

        Assert.Equal(ChangeSubject.Rule, change.Subject);
        Assert.Equal(
            "rule http:80 shop.example.com HTTPRoute shop/shop rule 2 match 0 changed: match PathPrefix / -> PathPrefix /shop; " +
            "fixed response 500 (all backends invalid) -> none; timeouts none -> request PT1S, backendRequest none",
            change.Description);
    }

    [Fact]
    public void A_changed_precedence_among_unchanged_rules_is_reported_once_per_host()
    {
        var after = Before.MapHosts(host => host.Hostname == "shop.example.com"
            ? host with { Rules = [host.Rules[2], host.Rules[0], host.Rules[1]] }
            : host);

        var change = Assert.Single(RouteTableDiff.Compare(Before, after));

        Assert.Equal(ChangeSubject.RuleOrder, change.Subject);
        Assert.Equal("http:80 shop.example.com", change.Key);
        Assert.Contains("HTTPRoute shop/shop rule 2 match 0 moved up", change.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Inserting_a_rule_does_not_count_as_reordering_the_others()
    {
        var after = Before.MapHosts(host => host.Hostname == "shop.example.com"
            ? host with { Rules = [SampleTables.PrefixRule("first", "/first", SampleTables.To("shop/echo:8080")), .. host.Rules] }
            : host);

        var change = Assert.Single(RouteTableDiff.Compare(Before, after));

        Assert.Equal((ChangeKind.Added, ChangeSubject.Rule), (change.Kind, change.Subject));
    }

    [Fact]
    public void Listeners_added_removed_and_changed_are_described()
    {
        var after = Before with
        {
            Listeners =
            [
                .. Before.Listeners.Where(listener => listener.Name is not "postgres" and not "http"),
                Before.Listeners.Single(listener => listener.Name == "http") with { Port = 8080 },
                new Listener { Name = "metrics", Port = 9090, Protocol = ListenerProtocol.HTTP, Hostname = "metrics.local" },
            ],
        };

        var changes = RouteTableDiff.Compare(Before, after);

        Assert.Equal(
            [
                "listener http changed: port 80 -> 8080",
                "listener metrics added: HTTP :9090 metrics.local",
                "listener postgres removed: TCP :5432 *",
            ],
            changes.Select(change => change.Description));
        Assert.All(changes, change => Assert.Equal(ChangeSubject.Listener, change.Subject));
    }

    [Fact]
    public void Cluster_endpoint_changes_show_both_endpoint_sets()
    {
        var after = Before with
        {
            Clusters =
            [
                .. Before.Clusters.Select(cluster => cluster.Id == "shop/echo:8080"
                    ? cluster with { Endpoints = [new ClusterEndpoint { Address = "10.0.0.3", Port = 8080 }] }
                    : cluster),
            ],
        };

        var change = Assert.Single(RouteTableDiff.Compare(Before, after));

        Assert.Equal((ChangeKind.Changed, ChangeSubject.Cluster, "shop/echo:8080"), (change.Kind, change.Subject, change.Key));
        Assert.Equal("cluster shop/echo:8080 changed: endpoints 10.0.0.1:8080, 10.0.0.2:8080 -> 10.0.0.3:8080", change.Description);
    }

    [Fact]
    public void L4_route_backend_and_hostname_changes_are_described()
    {
        var after = Before with
        {
            L4Routes =
            [
                .. Before.L4Routes.Select(route => route.Provenance.Name == "vault"
                    ? route with { Hostnames = ["vault.example.com"], Backends = [SampleTables.To("shop/echo:8080", weight: 2)] }
                    : route),
            ],
        };

        var change = Assert.Single(RouteTableDiff.Compare(Before, after));

        Assert.Equal(ChangeSubject.L4Route, change.Subject);
        Assert.Equal(
            "L4 route tls-passthrough TLSRoute shop/vault rule 0 changed: hostnames secrets.example.com, vault.example.com -> " +
            "vault.example.com; backends shop/echo:8080=1 -> shop/echo:8080=2",
            change.Description);
    }

    [Fact]
    public void A_gateway_that_did_not_exist_before_has_everything_added_in_subject_order()
    {
        var changes = RouteTableDiff.Compare(null, Before);

        Assert.All(changes, change => Assert.Equal(ChangeKind.Added, change.Kind));
        Assert.Equal(
            [ChangeSubject.Listener, ChangeSubject.Cluster, ChangeSubject.Rule, ChangeSubject.L4Route],
            changes.Select(change => change.Subject).Distinct());
        Assert.Equal(Before.Listeners.Count + Before.Clusters.Count + 5 + Before.L4Routes.Count, changes.Count);
        Assert.Equal(changes.Count, RouteTableDiff.Compare(Before, null).Count(change => change.Kind == ChangeKind.Removed));
    }

    [Fact]
    public void Tables_of_different_gateways_cannot_be_compared()
    {
        var other = Before with { Gateway = new NamespacedName { Namespace = "infra", Name = "other" } };

        Assert.Throws<ArgumentException>(() => RouteTableDiff.Compare(Before, other));
    }
}
