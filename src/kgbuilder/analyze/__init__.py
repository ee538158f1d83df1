"""analyze/: the graph as a networkx network, for analytics and for the HTML view.

Input: a ``GraphStore``. Output: a ``networkx.MultiDiGraph`` of entities and direct relations.
"""

from kgbuilder.analyze.projection import to_networkx

__all__ = ["to_networkx"]
