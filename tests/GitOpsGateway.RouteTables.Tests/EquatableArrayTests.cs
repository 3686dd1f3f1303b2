namespace GitOpsGateway.RouteTables.Tests;

public sealed class EquatableArrayTests
{
    [Fact]
    public void Arrays_with_the_same_items_in_the_same_order_are_equal_and_hash_alike()
    {
        EquatableArray<string> left = ["a", "b"];
        EquatableArray<string> right = ["a", "b"];

        Assert.True(left == right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void Order_matters_for_equality()
    {
        EquatableArray<string> left = ["a", "b"];
        EquatableArray<string> right = ["b", "a"];

        Assert.True(left != right);
    }

    [Fact]
    public void The_default_value_is_an_empty_list_equal_to_any_other_empty_list()
    {
        EquatableArray<int> unset = default;

        Assert.Empty(unset);
        Assert.True(unset.IsEmpty);
        Assert.Equal(unset, []);
        Assert.Equal(unset.GetHashCode(), ((EquatableArray<int>)[]).GetHashCode());
    }

    [Fact]
    public void Items_compare_by_value_when_they_are_records()
    {
        EquatableArray<NamespacedName> left = [new NamespacedName { Namespace = "a", Name = "b" }];
        EquatableArray<NamespacedName> right = [new NamespacedName { Namespace = "a", Name = "b" }];

        Assert.Equal(left, right);
    }

    [Fact]
    public void Sorting_by_an_ordinal_key_is_stable_and_ignores_culture()
    {
        EquatableArray<(string Key, int Seen)> items = [("b", 1), ("B", 2), ("a", 3), ("b", 4)];

        var sorted = items.SortedByOrdinal(item => item.Key);

        Assert.Equal([("B", 2), ("a", 3), ("b", 1), ("b", 4)], sorted.AsImmutableArray());
    }

    [Fact]
    public void ToString_lists_the_items_for_readable_test_failures()
    {
        EquatableArray<int> items = [1, 2];

        Assert.Equal("[1, 2]", items.ToString());
    }
}
