using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.Routing.Headers;

namespace GitOpsGateway.Routing.Tests.Headers;

public sealed class HeaderMutationTests
{
    [Fact]
    public void Set_replaces_add_appends_and_remove_deletes_as_in_the_gateway_api_examples()
    {
        var headers = new HeaderCollection
        {
            { "my-header", "foo" },
            { "my-header1", "foo" },
            { "my-header2", "bar" },
            { "my-header3", "baz" },
            { "accept", "a" },
        };
        var modifier = new RequestHeaderModifierFilter
        {
            Set = [new HttpHeader { Name = "My-Header", Value = "bar" }],
            Add = [new HttpHeader { Name = "accept", Value = "bar,baz" }],
            Remove = ["my-header1", "MY-HEADER3"],
        };

        HeaderMutation.Apply(modifier, headers);

        Assert.Equal(
            [new("my-header", "bar"), new("my-header2", "bar"), new("accept", "a,bar,baz")],
            headers.ToList());
        Assert.True(headers.TryGetValue("Accept", out var accept));
        Assert.Equal("a,bar,baz", accept);
    }

    [Fact]
    public void Within_one_modifier_set_comes_before_add_and_remove_comes_last()
    {
        var headers = new HeaderCollection { { "x-a", "old" } };
        var modifier = new ResponseHeaderModifierFilter
        {
            Set = [new HttpHeader { Name = "x-a", Value = "set" }, new HttpHeader { Name = "x-gone", Value = "set" }],
            Add = [new HttpHeader { Name = "x-a", Value = "added" }, new HttpHeader { Name = "x-gone", Value = "added" }],
            Remove = ["x-gone"],
        };

        HeaderMutation.Apply(modifier, headers);

        Assert.Equal([new("x-a", "set,added")], headers.ToList());
    }

    [Fact]
    public void An_add_to_a_header_sent_twice_leaves_one_line_joined_by_bare_commas()
    {
        var headers = new HeaderCollection { { "X-Header-Add", "first" }, { "other", "o" }, { "x-header-add", "second" } };
        var modifier = new RequestHeaderModifierFilter { Add = [new HttpHeader { Name = "X-Header-Add", Value = "added" }] };

        HeaderMutation.Apply(modifier, headers);

        Assert.Equal([new("X-Header-Add", "first,second,added"), new("other", "o")], headers.ToList());
    }

    [Fact]
    public void Set_cookie_additions_stay_separate_lines_because_cookies_cannot_be_joined()
    {
        var headers = new HeaderCollection { { "Set-Cookie", "a=1; Path=/" } };
        var modifier = new ResponseHeaderModifierFilter { Add = [new HttpHeader { Name = "set-cookie", Value = "b=2" }] };

        HeaderMutation.Apply(modifier, headers);

        Assert.Equal([new("Set-Cookie", "a=1; Path=/"), new("set-cookie", "b=2")], headers.ToList());
    }

    [Fact]
    public void Several_modifiers_apply_in_the_order_given()
    {
        var headers = new HeaderCollection();
        HeaderModifierFilter first = new RequestHeaderModifierFilter { Set = [new HttpHeader { Name = "x-tier", Value = "rule" }] };
        HeaderModifierFilter second = new RequestHeaderModifierFilter { Set = [new HttpHeader { Name = "X-Tier", Value = "backend" }] };

        HeaderMutation.Apply([first, second], headers);

        Assert.True(headers.TryGetValue("x-tier", out var tier));
        Assert.Equal("backend", tier);
        Assert.Equal(1, headers.Count);
    }

    [Fact]
    public void Set_keeps_the_header_in_place_and_drops_its_repetitions()
    {
        var headers = new HeaderCollection { { "a", "1" }, { "b", "2" }, { "A", "3" } };

        headers.Set("a", "9");

        Assert.Equal([new("a", "9"), new("b", "2")], headers.ToList());
        Assert.False(headers.Remove("missing"));
        Assert.False(headers.TryGetValue("missing", out _));
    }
}
