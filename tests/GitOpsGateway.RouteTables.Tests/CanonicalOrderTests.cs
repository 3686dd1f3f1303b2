using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Serialization;

namespace GitOpsGateway.RouteTables.Tests;

/// <summary>Producers may list sets in any order; the table, its bytes and its hash must not depend on it.</summary>
public sealed class CanonicalOrderTests
{
    [Fact]
    public void A_table_built_with_every_set_reversed_is_equal_and_has_the_same_bytes_and_hash()
    {
        var table = SampleTables.Full();

        var reversed = ReverseSets(table);

        Assert.Equal(table, reversed);
        Assert.Equal(RouteTableSerializer.ToCanonicalJson(table), RouteTableSerializer.ToCanonicalJson(reversed));
        Assert.Equal(RouteTableHash.Compute(table), RouteTableHash.Compute(reversed));
    }

    [Fact]
    public void Ordered_lists_keep_the_producer_order_and_change_the_hash()
    {
        var table = SampleTables.Full();
        var port = table.HttpPorts[0];
        var listener = port.Listeners[0];
        var shop = listener.VirtualHosts[1];
        var swapped = shop with { Rules = [shop.Rules[1], shop.Rules[0], shop.Rules[2]] };
        var changed = table with
        {
            HttpPorts = [port with { Listeners = [listener with { VirtualHosts = [listener.VirtualHosts[0], swapped] }] }, table.HttpPorts[1]],
        };

        Assert.NotEqual(table, changed);
        Assert.NotEqual(RouteTableHash.Compute(table), RouteTableHash.Compute(changed));
    }

    [Fact]
    public void Added_header_values_keep_their_relative_order_while_names_are_sorted()
    {
        var filter = new RequestHeaderModifierFilter
        {
            Add =
            [
                new HttpHeader { Name = "x-b", Value = "2" },
                new HttpHeader { Name = "x-a", Value = "1" },
                new HttpHeader { Name = "x-b", Value = "1" },
            ],
        };

        Assert.Equal(["x-a=1", "x-b=2", "x-b=1"], filter.Add.Select(header => $"{header.Name}={header.Value}"));
    }

    private static RouteTable ReverseSets(RouteTable table) => table with
    {
        Listeners = Reverse(table.Listeners.Select(listener => listener.Tls is null
            ? listener
            : listener with
            {
                Tls = listener.Tls with
                {
                    CertificateRefs = listener.Tls.CertificateRefs.Select(reference => reference.Facts is null
                        ? reference
                        : reference with
                        {
                            Facts = reference.Facts with { SubjectAlternativeNames = Reverse(reference.Facts.SubjectAlternativeNames) },
                        }).ToEquatableArray(),
                },
            })),
        HttpPorts = Reverse(table.HttpPorts.Select(port => port with
        {
            Listeners = Reverse(port.Listeners.Select(listener => listener with
            {
                VirtualHosts = Reverse(listener.VirtualHosts.Select(host => host with
                {
                    Rules = host.Rules.Select(rule => rule with
                    {
                        Match = rule.Match with { Headers = Reverse(rule.Match.Headers), QueryParams = Reverse(rule.Match.QueryParams) },
                        Filters = rule.Filters.Select(ReverseSets).ToEquatableArray(),
                        Retry = rule.Retry is null ? null : rule.Retry with { Codes = Reverse(rule.Retry.Codes) },
                    }).ToEquatableArray(),
                })),
            })),
        })),
        L4Routes = Reverse(table.L4Routes.Select(route => route with { Hostnames = Reverse(route.Hostnames) })),
        Clusters = Reverse(table.Clusters.Select(cluster => cluster with
        {
            Endpoints = Reverse(cluster.Endpoints),
            Tls = cluster.Tls is null ? null : cluster.Tls with { CaCertificateRefs = Reverse(cluster.Tls.CaCertificateRefs) },
        })),
    };

    private static HttpFilter ReverseSets(HttpFilter filter) => filter switch
    {
        RequestHeaderModifierFilter headers => headers with { Set = Reverse(headers.Set), Remove = Reverse(headers.Remove) },
        CorsFilter cors => cors with
        {
            AllowOrigins = Reverse(cors.AllowOrigins),
            AllowMethods = Reverse(cors.AllowMethods),
            AllowHeaders = Reverse(cors.AllowHeaders),
            ExposeHeaders = Reverse(cors.ExposeHeaders),
        },
        _ => filter,
    };

    private static EquatableArray<T> Reverse<T>(IEnumerable<T> items) => items.Reverse().ToEquatableArray();
}
